import type { Role } from '../api/types';
import type { MessageKey } from '../i18n/nb';

export interface ModuleEntry {
  path: string;
  name: MessageKey;
  description: MessageKey;
  /** Only users with one of these roles see the module. */
  roles?: Role[];
  /** Users with one of these roles do not see it in the menu (their header is full; they reach it by links). */
  hiddenFor?: Role[];
}

/** The platform's modules, in menu order; they mirror the backend's modules. */
export const MODULES: ModuleEntry[] = [
  { path: '/forum', name: 'nav.forum', description: 'module.forum' },
  { path: '/sok', name: 'nav.search', description: 'module.search' },
  { path: '/innboks', name: 'nav.inbox', description: 'module.inbox', roles: ['ADVISOR', 'ADMIN'] },
  { path: '/publisering', name: 'nav.publishing', description: 'module.publishing', roles: ['EDITOR', 'ADMIN'] },
  { path: '/nettprat', name: 'nav.events', description: 'module.events' },
  // Admins reach it from /analyse/kanaler; one more header entry would not fit beside theirs.
  { path: '/kontaktlogg', name: 'nav.contacts', description: 'module.contacts', hiddenFor: ['ADMIN'] },
  { path: '/analyse', name: 'nav.analytics', description: 'module.analytics', roles: ['ANALYST', 'ADMIN', 'EDITOR', 'LEADER', 'ADVISOR'] },
  // Admins reach it from the admin pages' links; one more header entry would not fit beside theirs.
  { path: '/admin/personvern', name: 'privacy.nav', description: 'privacy.module', roles: ['PRIVACY_OFFICER'] },
  // Admins reach it from the admin pages' links, like Personvern.
  { path: '/arkiv', name: 'archive.nav', description: 'archive.module', roles: ['ARCHIVIST'] },
  { path: '/admin', name: 'nav.admin', description: 'module.admin', roles: ['ADMIN'] },
];

export function visibleModules(roles: readonly Role[]): ModuleEntry[] {
  return MODULES.filter(
    (m) => (m.roles === undefined || m.roles.some((r) => roles.includes(r))) && !m.hiddenFor?.some((r) => roles.includes(r)),
  );
}

/**
 * The module a path belongs to: the one with the longest matching path, so that /admin/personvern is
 * Personvern's page and not also Administrasjon's.
 */
export function currentModule(pathname: string, modules: readonly ModuleEntry[]): ModuleEntry | undefined {
  return modules
    .filter((m) => pathname === m.path || pathname.startsWith(`${m.path}/`))
    .reduce<ModuleEntry | undefined>((best, m) => (best === undefined || m.path.length > best.path.length ? m : best), undefined);
}
