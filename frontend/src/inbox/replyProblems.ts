import { ApiError } from '../api/http';
import { PROBLEM_NOT_TEAM_MEMBER, PROBLEM_PERSONAL_DATA } from '../api/problems';
import type { Translate } from '../i18n/i18n';

/**
 * The reply problems the server names by type, in the reader's language: a public reply with an identity number
 * (on the field `body`), and someone off the team. Any other error passes unchanged. The worded error has no type:
 * its text is the page's own, and common/forms.ts shows it as it is.
 */
export function inWords(error: unknown, t: Translate): unknown {
  if (!(error instanceof ApiError)) return error;
  if (error.type === PROBLEM_PERSONAL_DATA) {
    const text = t('inbox.reply.personalDataRefused');
    return new ApiError(error.status, { detail: text, errors: [{ field: 'body', detail: text }] });
  }
  if (error.type === PROBLEM_NOT_TEAM_MEMBER) {
    return new ApiError(error.status, { detail: t('inbox.reply.notTeamMember') });
  }
  return error;
}
