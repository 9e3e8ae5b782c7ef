import { ApiError } from '../api/http';
import { PROBLEM_CONFLICT, PROBLEM_MALFORMED_REQUEST, PROBLEM_VALIDATION, detailFits, fieldCodeKey, problemKey } from '../api/problems';
import { activeLanguage, translate, type Translate } from '../i18n/i18n';

/**
 * The text to show for a failed call, in the reader's language: the problem type's text; for a type the client has
 * no words for, the server's own detail as a last resort; else a general sentence.
 */
export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('common.errorGeneric');
  const key = problemKey(error.type);
  if (key) return t(key);
  if (error.detail) return error.detail;
  if (error.status === 404) return t('common.notFound');
  if (error.status === 403) return t('common.forbidden');
  return t('common.errorGeneric');
}

/** Types that only say "a field is at fault": the field's own text says what is wrong with it. */
const GENERAL_TYPES = [PROBLEM_VALIDATION, PROBLEM_CONFLICT, PROBLEM_MALFORMED_REQUEST];

/**
 * The server's complaint about one field, if any, in the reader's language: by the constraint it broke, or by the
 * problem's type (a rule about this field). `label` is the field's name as the form shows it, where the text is
 * read apart from the field (an error summary).
 */
export function fieldError(error: unknown, field: string, label?: string): string | undefined {
  if (!(error instanceof ApiError) || !(field in error.fieldErrors)) return undefined;
  const language = activeLanguage();
  const say = (key: Parameters<Translate>[0]) =>
    translate(language, key, { label: label ?? translate(language, 'field.thisField') });
  const byCode = fieldCodeKey(error.fieldCodes[field]);
  if (byCode) return say(byCode);
  const detail = error.fieldErrors[field];
  if (error.type === PROBLEM_VALIDATION) return detailFits(language) && detail ? detail : say('field.invalid');
  if (error.type === PROBLEM_CONFLICT) return say('field.taken');
  if (error.type === PROBLEM_MALFORMED_REQUEST) return say('field.unreadable');
  const byType = problemKey(error.type);
  if (byType) return translate(language, byType);
  // Not one of the server's own types (a proxy, a test double): its words are all there is.
  return detail;
}

/**
 * A general error to show above the form: only when no field error already explains it. `shows` tells which fields
 * the form has; an error that names none of them (the nettprat in the address, say, once it has ended) is said here,
 * since no field would say it.
 */
export function formLevelError(error: unknown, t: Translate, shows?: (field: string) => boolean): string | null {
  if (error === null || error === undefined) return null;
  if (error instanceof ApiError && shows && !Object.keys(error.fieldErrors).some(shows)) return errorText(error, t);
  if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
    // The server's own types are said at the fields (a rule about one field, too): say it once.
    if (GENERAL_TYPES.includes(error.type) || problemKey(error.type)) return null;
    // Another's problem repeats the field's text as its detail (InvalidInputException): say it once.
    const detail = error.detail ?? null;
    return detail !== null && Object.values(error.fieldErrors).includes(detail) ? null : detail;
  }
  return errorText(error, t);
}
