export interface PlaceholderValues {
  /** The correspondent's name. */
  navn: string;
  /** The advisor's first name. */
  veileder: string;
  /** The account's name. */
  konto: string;
}

/**
 * A canned answer's text with `{navn}`, `{veileder}` and `{konto}` filled in. Other braces are left
 * as written, so the advisor sees and fixes them before sending.
 */
export function fillPlaceholders(body: string, values: PlaceholderValues): string {
  return body.replace(/\{(navn|veileder|konto)\}/g, (_, name: keyof PlaceholderValues) => values[name]);
}

/** The draft with a canned answer added: it replaces an empty draft, or follows the text after a blank line. */
export function insertAnswer(draft: string, answer: string): string {
  return draft.trim() === '' ? answer : `${draft.trimEnd()}\n\n${answer}`;
}
