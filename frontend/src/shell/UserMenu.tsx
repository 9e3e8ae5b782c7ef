import { Link, useNavigate } from 'react-router';
import { Dropdown, InternalHeader } from '@navikt/ds-react';
import type { Me } from '../api/types';
import { useT } from '../i18n/i18n';
import { useSession } from './session';

export function UserMenu({ me }: { me: Me }) {
  const t = useT();
  const { logout } = useSession();
  const navigate = useNavigate();
  const unit = me.unit?.name ?? t('shell.noUnit');

  async function logOut() {
    await logout();
    navigate('/login');
  }

  return (
    <Dropdown>
      <InternalHeader.UserButton as={Dropdown.Toggle} name={me.name} description={unit} />
      <Dropdown.Menu>
        <dl className="samtale-user-summary">
          <dt className="aksel-sr-only">{t('profile.name')}</dt>
          <dd>{me.name}</dd>
          <dt className="aksel-sr-only">{t('profile.unit')}</dt>
          <dd>{unit}</dd>
        </dl>
        <Dropdown.Menu.Divider />
        <Dropdown.Menu.List>
          <Dropdown.Menu.List.Item as={Link} to="/profil">
            {t('shell.profile')}
          </Dropdown.Menu.List.Item>
          <Dropdown.Menu.List.Item onClick={() => void logOut()}>{t('shell.logout')}</Dropdown.Menu.List.Item>
        </Dropdown.Menu.List>
      </Dropdown.Menu>
    </Dropdown>
  );
}
