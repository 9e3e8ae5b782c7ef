import type { ReactNode } from 'react';
import type { Role } from '../api/types';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { SectionPage } from '../shell/SectionPage';
import './privacy.css';

/** The roles that may read the access log, set retention and handle data-subject requests. */
export const PRIVACY_ROLES: Role[] = ['ADMIN', 'PRIVACY_OFFICER'];

/** Frame for the privacy officer's pages: the guard, links between the three parts, and the page's h1. */
export function PrivacyPage({ heading, children }: { heading: string; children: ReactNode }) {
  const t = useT();
  const me = useMe();
  const links = [
    { to: '/admin/personvern', label: t('privacy.accessLog.title'), end: true },
    { to: '/admin/personvern/oppbevaring', label: t('privacy.retention.title') },
    { to: '/admin/personvern/innsyn', label: t('privacy.subjects.title') },
  ];
  return (
    <SectionPage
      allowed={me.roles.some((r) => PRIVACY_ROLES.includes(r))}
      forbiddenBody={t('privacy.forbidden')}
      navLabel={t('privacy.nav')}
      links={links}
      heading={heading}
    >
      {children}
    </SectionPage>
  );
}
