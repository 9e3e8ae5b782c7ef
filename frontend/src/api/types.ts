/**
 * The shapes the server answers with, named for the pages. Every API shape is an alias onto `schema.ts`, which
 * `npm run generate:api` generates from `openapi.json` (the server's own description; see docs/frontend.md):
 * change the server, not these lines. The few types that are not aliases describe the client's own state
 * (queries, problems, server-sent events). The shapes every module shares are here; each module's are in a file of
 * its own, re-exported below, so pages import them all from here.
 */
import type { components } from './schema';

type S = components['schemas'];

/* Identity */

export type Role = S['Role'];
export const ROLES = ['EMPLOYEE', 'ADVISOR', 'EDITOR', 'MODERATOR', 'EXPERT', 'LEADER', 'ANALYST', 'PRIVACY_OFFICER', 'ARCHIVIST', 'ADMIN'] as const satisfies readonly Role[];

export type UnitKind = S['UnitKind'];
export const UNIT_KINDS = ['NAV_OFFICE', 'CONTACT_CENTRE', 'COUNTY', 'DEPARTMENT'] as const satisfies readonly UnitKind[];

export type Info = S['ServiceInfo'];
export type UnitRef = S['UnitRef'];
export type Unit = S['UnitView'];
export type Me = S['MeView'];
export type ApiToken = S['TokenView'];
export type CreatedApiToken = S['CreatedTokenView'];
export type User = S['UserView'];
export type NewUser = S['NewUserRequest'];
export type UserChanges = S['UserChangeRequest'];
export type UnitChanges = S['UnitRequest'];

/** One page of a list (every `PageResponse…` schema has this shape). */
export interface PageOf<T> {
  items: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

/** One field at fault in a problem: its JSON path, the constraint it broke (`NotBlank`, `Size` …) and why. */
export interface ProblemFieldError {
  field: string;
  code?: string | null;
  detail: string;
}

/** RFC 9457 problem details as the backend writes them (the description does not list error answers). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  field?: string;
  errors?: ProblemFieldError[];
}

/* The modules' shapes, one file each. */

export * from './forumTypes';
export * from './inboxTypes';
export * from './searchTypes';
export * from './privacyTypes';
export * from './publishingTypes';
export * from './eventsTypes';
export * from './archiveTypes';
