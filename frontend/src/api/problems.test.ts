import { describe, expect, it } from 'vitest';
import slugs from './problemTypes.json';
import { ApiError } from './http';
import { dictionaries, format, LANGUAGES } from '../i18n/i18n';
import { errorText, fieldError, formLevelError } from '../common/forms';

const t = (key: keyof typeof dictionaries.nb, values?: Record<string, string | number>) => format(dictionaries.nb[key], values);

describe('problem types', () => {
  it('every type the server can answer with has a text in nb, nn and en', () => {
    expect(slugs.length).toBeGreaterThan(30);
    for (const language of LANGUAGES) {
      const missing = slugs.filter((slug) => !(`problem.${slug}` in dictionaries[language]));
      expect(missing, language).toEqual([]);
    }
  });

  it('says a known type in the reader’s words, never the server’s English detail', () => {
    const error = new ApiError(409, { type: 'urn:samtale:problem:already-escalated', detail: 'This discussion is already with a department' });
    expect(errorText(error, t)).toBe('Diskusjonen er allerede sendt videre til en avdeling.');
  });

  it('falls back to the detail only for a type it has no words for, then to a general sentence', () => {
    expect(errorText(new ApiError(409, { type: 'urn:samtale:problem:brand-new', detail: 'Brand new rule' }), t)).toBe('Brand new rule');
    expect(errorText(new ApiError(500, {}), t)).toBe(dictionaries.nb['common.errorGeneric']);
  });

  it('says a field error by its constraint, with the field’s label when given', () => {
    const error = new ApiError(400, {
      type: 'urn:samtale:problem:validation',
      detail: 'title: must not be blank',
      errors: [{ field: 'title', code: 'NotBlank', detail: 'must not be blank' }],
    });
    expect(fieldError(error, 'title')).toBe('Feltet må fylles ut.');
    expect(fieldError(error, 'title', 'Tittel')).toBe('Tittel må fylles ut.');
    expect(fieldError(error, 'body')).toBeUndefined();
    expect(formLevelError(error, t)).toBeNull();
  });

  it('says a rule about one field by the rule’s type, at the field only', () => {
    const error = new ApiError(409, {
      type: 'urn:samtale:problem:topic-not-staffed',
      detail: 'An open topic must keep its staff: it has no moderator',
      field: 'moderatorIds',
      errors: [{ field: 'moderatorIds', detail: 'An open topic must keep its staff: it has no moderator' }],
    });
    expect(fieldError(error, 'moderatorIds')).toBe(dictionaries.nb['problem.topic-not-staffed']);
    expect(formLevelError(error, t)).toBeNull();
  });

  it('keeps the server’s English out of a Norwegian page for a field error without a constraint', () => {
    const error = new ApiError(400, { type: 'urn:samtale:problem:validation', detail: 'At least 3 characters', field: 'name', errors: [{ field: 'name', detail: 'At least 3 characters' }] });
    expect(fieldError(error, 'name', 'Navn')).toBe('Navn har en ugyldig verdi.');
  });
});
