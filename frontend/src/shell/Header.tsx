import { Link, useLocation } from 'react-router';
import { InternalHeader, Spacer, Tag } from '@navikt/ds-react';
import type { Me } from '../api/types';
import { useT } from '../i18n/i18n';
import { NotificationBell } from '../forum/NotificationBell';
import { ApprovalBadge } from '../inbox/ApprovalBadge';
import { LanguageMenu } from './LanguageMenu';
import { UserMenu } from './UserMenu';
import { currentModule, visibleModules } from './modules';

export function Header({ me, demo }: { me: Me | null; demo: boolean }) {
  const t = useT();
  const { pathname } = useLocation();
  const modules = me ? visibleModules(me.roles) : [];
  const current = currentModule(pathname, modules);
  return (
    <InternalHeader>
      <InternalHeader.Title as={Link} to="/">
        {t('app.name')}
      </InternalHeader.Title>
      {demo && (
        <div className="samtale-demo-tag">
          <Tag variant="warning" size="small">
            {t('shell.demoTag')}
          </Tag>
        </div>
      )}
      {me && (
        <nav aria-label={t('shell.mainNav')} className="samtale-nav">
          <ul>
            {modules.map((m) => (
              <li key={m.path}>
                {/* One module is current even where paths nest (/admin and /admin/personvern). */}
                <InternalHeader.Button as={Link} to={m.path} aria-current={m === current ? 'page' : undefined}>
                  {t(m.name)}
                  {m.path === '/innboks' && <ApprovalBadge me={me} />}
                </InternalHeader.Button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Spacer />
      {me && <NotificationBell />}
      <LanguageMenu />
      {me && <UserMenu me={me} />}
    </InternalHeader>
  );
}
