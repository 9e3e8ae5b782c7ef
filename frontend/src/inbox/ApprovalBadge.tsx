import type { Me } from '../api/types';
import { CountBadge } from '../common/CountBadge';
import { useT } from '../i18n/i18n';
import { canUseInbox } from './InboxFrame';
import { useInboxCounts } from './useInboxCounts';

/** Beside «Innboks» in the header: how many replies wait for the user's approval. */
export function ApprovalBadge({ me }: { me: Me }) {
  const t = useT();
  const counts = useInboxCounts(canUseInbox(me));
  const waiting = counts?.awaitingMyApproval ?? 0;
  return <CountBadge count={waiting} label={t('inbox.badge', { count: waiting })} />;
}
