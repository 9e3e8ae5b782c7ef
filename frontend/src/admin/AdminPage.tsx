import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { BodyLong, HStack, Link, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { useMe } from '../identity/session';
import { PageHeading } from '../shell/PageHeading';

/** Frame for the admin pages: the guard, the page's h1 and links between users and units. */
export function AdminPage({ heading, children }: { heading: string; children: ReactNode }) {
  const t = useT();
  const me = useMe();
  if (!me.roles.includes('ADMIN')) {
    return (
      <VStack gap="space-16">
        <PageHeading>{t('admin.forbiddenTitle')}</PageHeading>
        <BodyLong>{t('admin.forbiddenBody')}</BodyLong>
      </VStack>
    );
  }
  return (
    <VStack gap="space-24">
      <nav aria-label={t('admin.nav')} className="samtale-subnav">
        <HStack as="ul" gap="space-24" className="samtale-plain-list">
          <li>
            <Link as={NavLink} to="/admin" end>
              {t('admin.users')}
            </Link>
          </li>
          <li>
            <Link as={NavLink} to="/admin/enheter">
              {t('admin.units')}
            </Link>
          </li>
          <li>
            <Link as={NavLink} to="/forum/admin">
              {t('admin.spaces')}
            </Link>
          </li>
          <li>
            <Link as={NavLink} to="/admin/sok">
              {t('admin.search')}
            </Link>
          </li>
        </HStack>
      </nav>
      <PageHeading>{heading}</PageHeading>
      {children}
    </VStack>
  );
}
