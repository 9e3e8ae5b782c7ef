import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { InternalHeader, Show, Spacer, Tag } from '@navikt/ds-react';
import type { Me } from '../api/types';
import { useT } from '../i18n/i18n';
import { LanguageMenu } from './LanguageMenu';
import { NarrowMenu } from './NarrowMenu';
import { UserMenu } from './UserMenu';
import { currentModule, visibleModules } from './modules';

/** What the features put into the header; the shell itself knows no feature. */
export interface HeaderSlots {
  /** Beside the language menu, for a signed-in user (the notification bell). */
  tools?: ReactNode;
  /** After a module's name in the menu, keyed by the module's path (how many approvals wait). */
  badges?: Partial<Record<string, ReactNode>>;
}

/**
 * Aksel's responsive header: from "xl" up the modules, the language and the user each have their place; below
 * it (laptops of 1024 px, phones) they fold into one menu button, so nothing is pushed off the screen.
 */
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
        <Show above="xl" asChild>
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
        </Show>
      )}
      <Spacer />
      {me && slots.tools}
      <Show above="xl" asChild>
        <div className="samtale-header-tools">
          <LanguageMenu />
          {me && <UserMenu me={me} />}
        </div>
      </Show>
      <Show below="xl" asChild>
        <div className="samtale-header-tools">
          <NarrowMenu me={me} modules={modules} current={current} badges={slots.badges} />
        </div>
      </Show>
    </InternalHeader>
  );
}
