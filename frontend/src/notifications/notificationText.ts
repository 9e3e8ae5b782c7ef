import type { AppNotification } from '../api/types';
import type { Translate } from '../i18n/i18n';

/**
 * The notification in the reader's language, from its kind, its subject and, for a few kinds, the words of whoever
 * acted (why a nettprat was cancelled), shown as they wrote them.
 */
export function notificationText(n: AppNotification, t: Translate): string {
  return t(`notifications.kind.${n.kind}`, { subject: n.text ?? '', detail: n.detail ?? '' });
}

/**
 * Where a notification leads: its discussion, its idea, hearing or nettprat, a channel account's page, the approvals
 * waiting for the reader, or its conversation.
 */
export function notificationTarget(n: AppNotification): string | null {
  if (n.discussionId !== null) return `/forum/diskusjon/${n.discussionId}`;
  if (n.ideaId !== null) return `/ideer/${n.ideaId}`;
  if (n.hearingId !== null) return `/horinger/${n.hearingId}`;
  if (n.nettpratId !== null) return `/nettprat/${n.nettpratId}`;
  if (n.accountId != null) return `/admin/kanaler/konto/${n.accountId}`;
  if (n.kind === 'REPLY_AWAITS_APPROVAL') return '/innboks/godkjenning';
  if (n.kind === 'SHIFT_UNDERSTAFFED') return '/innboks/vakter';
  if (n.conversationId !== null) return `/innboks/samtale/${n.conversationId}`;
  return null;
}
