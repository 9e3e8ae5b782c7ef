import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { Dropdown, InternalHeader } from '@navikt/ds-react';
import { MenuHamburgerIcon } from '@navikt/aksel-icons';
import type { Me } from '../api/types';
import { useLanguage } from '../i18n/i18n';
import { LanguageChoices } from './LanguageMenu';
import type { ModuleEntry } from './modules';
import { useSession } from './session';

interface NarrowMenuProps {
  me: Me | null;
  modules: ModuleEntry[];
  current: ModuleEntry | undefined;
  badges?: Partial<Record<string, ReactNode>>;
}

/** The header's one menu button below "xl": the modules, the language and the user's own links in one list. */
export function NarrowMenu({ me, modules, current, badges }: NarrowMenuProps) {
  const { t } = useLanguage();
  const { logout } = useSession();
  const navigate = useNavigate();

  async function logOut() {
    await logout();
    navigate('/login');
  }

  return (
    <Dropdown>
      <InternalHeader.Button as={Dropdown.Toggle} className="samtale-menu-button">
        <MenuHamburgerIcon aria-hidden fontSize="1.5rem" />
        <span>{t('shell.menu')}</span>
      </InternalHeader.Button>
      <Dropdown.Menu className="samtale-narrow-menu">
        {me && (
          <>
            <Dropdown.Menu.GroupedList>
              <Dropdown.Menu.GroupedList.Heading>{t('shell.mainNav')}</Dropdown.Menu.GroupedList.Heading>
              {modules.map((m) => (
                <Dropdown.Menu.GroupedList.Item
                  key={m.path}
                  as={Link}
                  to={m.path}
                  aria-current={m === current ? 'page' : undefined}
                >
                  {t(m.name)}
                  {badges?.[m.path]}
                </Dropdown.Menu.GroupedList.Item>
              ))}
            </Dropdown.Menu.GroupedList>
            <Dropdown.Menu.Divider />
          </>
        )}
        <LanguageChoices />
        {me && (
          <>
            <Dropdown.Menu.Divider />
            <Dropdown.Menu.GroupedList>
              <Dropdown.Menu.GroupedList.Heading>{me.name}</Dropdown.Menu.GroupedList.Heading>
              <Dropdown.Menu.GroupedList.Item as={Link} to="/profil">
                {t('shell.profile')}
              </Dropdown.Menu.GroupedList.Item>
              <Dropdown.Menu.GroupedList.Item onClick={() => void logOut()}>{t('shell.logout')}</Dropdown.Menu.GroupedList.Item>
            </Dropdown.Menu.GroupedList>
          </>
        )}
      </Dropdown.Menu>
    </Dropdown>
  );
}
