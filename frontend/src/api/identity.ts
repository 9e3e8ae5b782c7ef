import { ApiError, get, request } from './http';
import type { ApiToken, CreatedApiToken, Info, Me, NewUser, PageOf, Role, Unit, UnitChanges, User, UserChanges } from './types';

const admin = '/api/v1/admin';

/** Sign-in, the user's own profile and tokens, and the admin's users and units. */
export const identityApi = {
  info: () => get<Info>('/api/v1/info'),

  /** The signed-in user, or null when nobody is signed in. */
  async me(): Promise<Me | null> {
    try {
      return await request<Me>('GET', '/api/v1/me', undefined, true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },

  login: (username: string, password: string) =>
    request<{ username: string }>('POST', '/login', new URLSearchParams({ username, password }), true),
  logout: () => request<void>('POST', '/logout'),

  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('POST', '/api/v1/me/password', { currentPassword, newPassword }),
  tokens: () => get<ApiToken[]>('/api/v1/me/tokens'),
  createToken: (name: string, expiresInDays: number | null) =>
    request<CreatedApiToken>('POST', '/api/v1/me/tokens', { name, expiresInDays }),
  revokeToken: (id: number) => request<void>('DELETE', `/api/v1/me/tokens/${id}`),

  units: () => get<Unit[]>('/api/v1/units'),
  roles: () => get<Role[]>('/api/v1/roles'),

  users: (page: number, size: number, q: string) =>
    get<PageOf<User>>(`${admin}/users?${new URLSearchParams({ page: String(page), size: String(size), q })}`),
  createUser: (user: NewUser) => request<User>('POST', `${admin}/users`, user),
  updateUser: (id: number, changes: UserChanges) => request<User>('PUT', `${admin}/users/${id}`, changes),
  unlockUser: (id: number) => request<User>('POST', `${admin}/users/${id}/unlock`),
  resetPassword: (id: number, newPassword: string) => request<void>('POST', `${admin}/users/${id}/password`, { newPassword }),
  createUnit: (unit: UnitChanges) => request<Unit>('POST', `${admin}/units`, unit),
  updateUnit: (id: number, unit: UnitChanges) => request<Unit>('PUT', `${admin}/units/${id}`, unit),
};
