import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { InternalHeader, Spacer, Tag } from '@navikt/ds-react';
import type { Me } from '../api/types';
import { useT } from '../i18n/i18n';
import { LanguageMenu } from './LanguageMenu';
import { UserMenu } from './UserMenu';
import { currentModule, visibleModules } from './modules';

/** What the features put into the header; the shell itself knows no feature. */
export interface HeaderSlots {
  /** Beside the language menu, for a signed-in user (the notification bell). */
  tools?: ReactNode;
  /** After a module's name in the menu, keyed by the module's path (how many approvals wait). */
  badges?: Partial<Record<string, ReactNode>>;
}

export function Header({ me, demo, slots = {} }: { me: Me | null; demo: boolean; slots?: HeaderSlots }) {
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
                  {slots.badges?.[m.path]}
                </InternalHeader.Button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Spacer />
      {me && slots.tools}
      <LanguageMenu />
      {me && <UserMenu me={me} />}
    </InternalHeader>
  );
}
