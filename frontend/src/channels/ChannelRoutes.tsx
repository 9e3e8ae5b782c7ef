import { Route, Routes } from 'react-router';
import { AdminPage } from '../shell/AdminPage';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { NotFoundPage } from '../shell/NotFoundPage';
import { AccountsPage } from './AccountsPage';
import { MetaAccountPage } from './MetaAccountPage';
import { ConnectionPage } from './ConnectionPage';
import { SimulatorPage } from './SimulatorPage';

/** Channel administration under /admin/kanaler; others are refused before anything loads. */
export function ChannelRoutes() {
  const t = useT();
  const me = useMe();
  if (!me.roles.includes('ADMIN')) return <AdminPage heading={t('channels.accounts.title')}>{null}</AdminPage>;
  return (
    <Routes>
      <Route index element={<AccountsPage />} />
      <Route path="simulator/:accountId" element={<SimulatorPage />} />
      <Route path="meta/:accountId" element={<MetaAccountPage />} />
      <Route path="konto/:accountId" element={<ConnectionPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
