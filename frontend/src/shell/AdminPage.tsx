import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { useMe } from './session';
import { SectionPage } from './SectionPage';

/** Frame for the admin pages: the guard, the page's h1 and links between the admin pages. */
export function AdminPage({ heading, children }: { heading: string; children: ReactNode }) {
  const t = useT();
  const me = useMe();
  const links = [
    { to: '/admin', label: t('admin.users'), end: true },
    { to: '/admin/enheter', label: t('admin.units') },
    { to: '/forum/admin', label: t('admin.spaces') },
    { to: '/admin/sok', label: t('admin.search') },
    { to: '/admin/statistikk', label: t('admin.analytics') },
    { to: '/admin/kanaler', label: t('admin.accounts'), end: true },
    { to: '/admin/kanaler/team', label: t('admin.teams') },
    { to: '/admin/personvern', label: t('privacy.nav') },
    { to: '/arkiv', label: t('archive.nav') },
  ];
  return (
    <SectionPage allowed={me.roles.includes('ADMIN')} forbiddenBody={t('admin.forbiddenBody')} navLabel={t('admin.nav')} links={links} heading={heading}>
      {children}
    </SectionPage>
  );
}
