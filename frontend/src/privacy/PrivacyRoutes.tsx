import { Route, Routes } from 'react-router';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { NotFoundPage } from '../shell/NotFoundPage';
import { AccessLogPage } from './AccessLogPage';
import { PRIVACY_ROLES, PrivacyPage } from './PrivacyPage';
import { RetentionPage } from './RetentionPage';
import { SubjectsPage } from './SubjectsPage';

/** The privacy officer's pages under /admin/personvern; others are refused before anything loads. */
export function PrivacyRoutes() {
  const t = useT();
  const me = useMe();
  if (!me.roles.some((r) => PRIVACY_ROLES.includes(r))) return <PrivacyPage heading={t('privacy.title')}>{null}</PrivacyPage>;
  return (
    <Routes>
      <Route index element={<AccessLogPage />} />
      <Route path="oppbevaring" element={<RetentionPage />} />
      <Route path="innsyn" element={<SubjectsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
