/** The element id of a field in the guide's form, from its path: the error summary links to it and focuses it. */
export const fieldId = (path: string) => `guide-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The error at a field, in words, or nothing; given to every field of the form. */
export type ErrorFor = (path: string, label: string) => string | undefined;
