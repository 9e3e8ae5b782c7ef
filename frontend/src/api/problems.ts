import { dictionaries, type Language } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nb';

/**
 * Problem types (RFC 9457 `type`): the server speaks in these stable names, the client says them in the reader's
 * language. `problemTypes.json` lists every type the server can answer with (its ProblemTypeCatalogTests keeps the
 * list true); each has a text `problem.<slug>` in nb, nn and en. A field error names the constraint it broke
 * (`NotBlank`, `Size` …): those have texts `field.<code>`. The server's English `detail` is shown only for a
 * problem the client has no words for.
 */
export const PROBLEM_PREFIX = 'urn:samtale:problem:';

/* The types pages react to by name. */
export const PROBLEM_VALIDATION = 'urn:samtale:problem:validation';
export const PROBLEM_MALFORMED_REQUEST = 'urn:samtale:problem:malformed-request';
export const PROBLEM_CONFLICT = 'urn:samtale:problem:conflict';
export const PROBLEM_BAD_CREDENTIALS = 'urn:samtale:problem:bad-credentials';
export const PROBLEM_ACCOUNT_LOCKED = 'urn:samtale:problem:account-locked';
export const PROBLEM_TOPIC_NOT_STAFFED = 'urn:samtale:problem:topic-not-staffed';
export const PROBLEM_CONVERSATION_CLOSED = 'urn:samtale:problem:conversation-closed';
export const PROBLEM_OWN_APPROVAL = 'urn:samtale:problem:own-approval';
export const PROBLEM_APPROVAL_DECIDED = 'urn:samtale:problem:approval-decided';
export const PROBLEM_CHAT_SESSION_EXPIRED = 'urn:samtale:problem:chat-session-expired';
export const PROBLEM_PERSONAL_DATA = 'urn:samtale:problem:personal-data';
export const PROBLEM_NOT_TEAM_MEMBER = 'urn:samtale:problem:not-team-member';
export const PROBLEM_ALREADY_ON_DUTY = 'urn:samtale:problem:already-on-duty';
export const PROBLEM_OUTSIDE_OPENING_HOURS = 'urn:samtale:problem:outside-opening-hours';
export const PROBLEM_OTHERS_ON_CONVERSATION = 'urn:samtale:problem:others-on-conversation';

const isKey = (key: string): key is MessageKey => key in dictionaries.nb;

/** The text key for a problem type, or null for a type the client does not know (or none at all). */
export function problemKey(type: string | undefined): MessageKey | null {
  if (!type?.startsWith(PROBLEM_PREFIX)) return null;
  const key = `problem.${type.slice(PROBLEM_PREFIX.length)}`;
  return isKey(key) ? key : null;
}

/** The text key for a field error's constraint (`field.NotBlank`), or null. */
export function fieldCodeKey(code: string | undefined): MessageKey | null {
  if (!code) return null;
  const key = `field.${code}`;
  return isKey(key) ? key : null;
}

/** Whether the server's English may be shown: only in English, or where the client has no text of its own. */
export const detailFits = (language: Language) => language === 'en';
