import { ApiError } from '../api/http';
import type { Translate } from '../i18n/i18n';

/** The text to show for a failed call: the server's own explanation when it gave one. */
export function errorText(error: unknown, t: Translate): string {
  return error instanceof ApiError && error.detail ? error.detail : t('common.errorGeneric');
}

/** The server's complaint about one field, if any. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldErrors[field] : undefined;
}

/** A general error to show above the form: only when no field error already explains it. */
export function formLevelError(error: unknown, t: Translate): string | null {
  if (error === null || error === undefined) return null;
  if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
    // A problem about one field (InvalidInputException) repeats the field's text as its detail: say it once.
    const detail = error.detail ?? null;
    return detail !== null && Object.values(error.fieldErrors).includes(detail) ? null : detail;
  }
  return errorText(error, t);
}
