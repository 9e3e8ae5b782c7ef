import type { ConversationAuditEntry } from '../api/types';
import type { Translate } from '../i18n/i18n';

/**
 * One log entry in words for people, in the reader's language: the server stores the action and its parameters
 * (who, which status, which labels), never a sentence, so the sentence is made here.
 */
export function auditLine(entry: ConversationAuditEntry, t: Translate): string {
  const actor = entry.actor?.name ?? t('inbox.audit.system');
  const visibility = entry.visibility ? t(`inbox.audit.visibility.${entry.visibility}`) : '';
  switch (entry.action) {
    case 'ASSIGNED':
      return entry.user
        ? t('inbox.audit.line.ASSIGNED', { actor, user: entry.user.name })
        : t('inbox.audit.line.UNASSIGNED', { actor });
    case 'STATUS_CHANGED':
      return t('inbox.audit.line.STATUS_CHANGED', {
        actor,
        from: entry.fromStatus ? t(`inbox.status.${entry.fromStatus}`) : '–',
        to: entry.toStatus ? t(`inbox.status.${entry.toStatus}`) : '–',
      });
    case 'LABELS_CHANGED':
      return entry.labels && entry.labels.length > 0
        ? t('inbox.audit.line.LABELS_CHANGED', { actor, labels: entry.labels.join(', ') })
        : t('inbox.audit.line.LABELS_CLEARED', { actor });
    case 'REPLY_FAILED':
    case 'REPLY_ATTEMPT_FAILED':
      return t(`inbox.audit.line.${entry.action}`, { attempt: entry.attempt ?? 1, error: entry.error ?? t('common.errorGeneric') });
    default:
      return t(`inbox.audit.line.${entry.action}`, { actor, visibility });
  }
}
