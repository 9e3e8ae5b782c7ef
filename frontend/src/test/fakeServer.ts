import { vi } from 'vitest';
import type { Info, Me } from '../api/types';

export type Handler = (init: RequestInit) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function problem(status: number, body: object): Response {
  return new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export const info: Info = { demo: false, oidcEnabled: false, version: 'test' };

export const employee: Me = {
  id: 2,
  username: 'kari',
  name: 'Kari Nordmann',
  employeeId: 'K123456',
  email: 'kari@example.test',
  unit: { id: 1, name: 'NAV Grünerløkka', kind: 'NAV_OFFICE' },
  roles: ['EMPLOYEE', 'ADVISOR'],
  mustChangePassword: false,
  authMethod: 'PASSWORD',
};

export const admin: Me = { ...employee, id: 1, username: 'admin', name: 'Ada Admin', roles: ['EMPLOYEE', 'ADMIN'] };

/** Replaces fetch with answers keyed by "METHOD path"; records every call. */
export function fakeServer(routes: Record<string, Handler>) {
  const calls: { key: string; init: RequestInit }[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input.toString();
    const key = `${init.method ?? 'GET'} ${url}`;
    calls.push({ key, init });
    const handler = routes[key] ?? routes[key.split('?')[0]];
    if (!handler) return problem(404, { title: 'Not Found', detail: `no fake for ${key}` });
    return handler(init);
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, fetch };
}

/** A server where someone is (or nobody is) signed in. */
export function sessionRoutes(me: Me | null, serverInfo: Info = info): Record<string, Handler> {
  return {
    'GET /api/v1/info': () => json(serverInfo),
    'GET /api/v1/me': () => (me ? json(me) : problem(401, { title: 'Unauthorized' })),
  };
}
