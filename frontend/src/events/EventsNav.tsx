import { Link as RouterLink, useLocation } from 'react-router';
import { HStack, Link } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';

const PAGES = [
  { path: '/nettprat', key: 'events.nav.live' },
  { path: '/ideer', key: 'events.nav.ideas' },
  { path: '/horinger', key: 'events.nav.hearings' },
  { path: '/tilbakemeldinger', key: 'events.nav.feedback' },
] as const;

/** The pages of live dialogue, ideas, hearings and product feedback, linked to each other. */
export function EventsNav() {
  const t = useT();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('events.nav.label')}>
      <HStack gap="space-16" as="ul" className="samtale-plain-list">
        {PAGES.map((page) => {
          const here = pathname === page.path || pathname.startsWith(`${page.path}/`);
          return (
            <li key={page.path}>
              <Link as={RouterLink} to={page.path} aria-current={here ? 'page' : undefined}>
                {t(page.key)}
              </Link>
            </li>
          );
        })}
      </HStack>
    </nav>
  );
}
