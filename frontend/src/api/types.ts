/** The shapes the backend answers with (see the identity module's REST API). */

export const ROLES = ['EMPLOYEE', 'ADVISOR', 'EDITOR', 'MODERATOR', 'EXPERT', 'LEADER', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KINDS = ['NAV_OFFICE', 'CONTACT_CENTRE', 'COUNTY', 'DEPARTMENT'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Info {
  demo: boolean;
  oidcEnabled: boolean;
  version: string;
}

export interface UnitRef {
  id: number;
  name: string;
  kind: UnitKind;
}

export interface Unit extends UnitRef {
  parentId: number | null;
}

export interface Me {
  id: number;
  username: string;
  name: string;
  employeeId: string;
  email: string | null;
  unit: UnitRef | null;
  roles: Role[];
  mustChangePassword: boolean;
  authMethod: 'PASSWORD' | 'OIDC' | 'TOKEN';
}

export interface ApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface CreatedApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  token: string;
}

export interface User {
  id: number;
  username: string;
  name: string;
  employeeId: string;
  email: string | null;
  unit: UnitRef | null;
  roles: Role[];
  enabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
}

export interface PageOf<T> {
  items: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

export interface NewUser {
  username: string;
  name: string;
  employeeId: string;
  email: string | null;
  unitId: number | null;
  roles: Role[];
  password: string;
}

export interface UserChanges {
  name: string;
  email: string | null;
  unitId: number | null;
  roles: Role[];
  enabled: boolean;
}

export interface UnitChanges {
  name: string;
  kind: UnitKind;
  parentId: number | null;
}

/** RFC 9457 problem details as the backend writes them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; detail: string }[];
}
