import type { Me } from '../api/types';
import { useT } from '../i18n/i18n';
import { canUseInbox } from './InboxFrame';
import { useInboxCounts } from './useInboxCounts';

/** Beside «Innboks» in the header: how many replies wait for the user's approval, in text for screen readers. */
export function ApprovalBadge({ me }: { me: Me }) {
  const t = useT();
  const counts = useInboxCounts(canUseInbox(me));
  const waiting = counts?.awaitingMyApproval ?? 0;
  if (waiting === 0) return null;
  return (
    <>
      {' '}
      <span className="samtale-badge" aria-hidden>
        {waiting}
      </span>
      <span className="aksel-sr-only">{`(${t('inbox.badge', { count: waiting })})`}</span>
    </>
  );
}
