import type { AuditEntry, AuditTarget, ForumAuditAction } from '../api/types';
import type { Translate } from '../i18n/i18n';

/**
 * Every action the server may report, so a test can hold each one to a text in every language; typed as a record
 * so that a new code in the schema fails the type check until it is listed here.
 */
export const FORUM_AUDIT_ACTIONS = Object.keys({
  CREATE_SPACE: true,
  CHANGE_SPACE: true,
  CHANGE_STAFF: true,
  OPEN_TOPIC: true,
  ADD_MEMBER: true,
  REMOVE_MEMBER: true,
  REMOVE_MESSAGE: true,
  DISMISS_REPORT: true,
  ESCALATE: true,
  VERIFY_ANSWER: true,
  UNVERIFY_ANSWER: true,
  OTHER: true,
} satisfies Record<ForumAuditAction, true>) as ForumAuditAction[];

/** A person by name, a discussion by its title in the language's quotation marks, one gone as such. */
export function targetText(target: AuditTarget | null, t: Translate): string {
  if (!target?.name) {
    return t('forum.audit.gone');
  }
  return target.kind === 'USER' ? target.name : t('forum.audit.quoted', { title: target.name });
}

/**
 * One entry of a space's log in words for people, in the reader's language: the server says who did what to which
 * person or discussion, and the sentence is made here (e.g. «Marit Sønsteby kvalitetssikret et svar i «…»»).
 */
export function auditLine(entry: AuditEntry, t: Translate): string {
  return t(`forum.audit.line.${entry.action}`, { actor: entry.actor.name, target: targetText(entry.target, t) });
}
