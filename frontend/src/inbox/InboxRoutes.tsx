import { Route, Routes } from 'react-router';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { NotFoundPage } from '../shell/NotFoundPage';
import { ApprovalsPage } from './ApprovalsPage';
import { CannedAnswersPage } from './CannedAnswersPage';
import { ConversationPage } from './ConversationPage';
import { DutyPage } from './DutyPage';
import { canUseInbox, InboxFrame } from './InboxFrame';
import { InboxPage } from './InboxPage';

/** The inbox's pages under /innboks; others are told the inbox is not for them before anything loads. */
export function InboxRoutes() {
  const t = useT();
  const me = useMe();
  if (!canUseInbox(me)) return <InboxFrame heading={t('inbox.title')}>{null}</InboxFrame>;
  return (
    <Routes>
      <Route index element={<InboxPage />} />
      <Route path="samtale/:id" element={<ConversationPage />} />
      <Route path="godkjenning" element={<ApprovalsPage />} />
      <Route path="standardsvar" element={<CannedAnswersPage />} />
      <Route path="vakter" element={<DutyPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
