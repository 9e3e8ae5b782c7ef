import { describe, expect, it } from 'vitest';
import { dictionaries, format } from './i18n';

describe('dictionaries', () => {
  const keysOf = (d: object) => Object.keys(d).sort();

  it('nynorsk and English have exactly the keys of bokmål', () => {
    expect(keysOf(dictionaries.nn)).toEqual(keysOf(dictionaries.nb));
    expect(keysOf(dictionaries.en)).toEqual(keysOf(dictionaries.nb));
  });

  it('no text is empty and every translation keeps the placeholders', () => {
    for (const [key, text] of Object.entries(dictionaries.nb)) {
      // A plain {name} and a plural's {name, plural, …} both take the value called name.
      const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?=\}|, plural,)/g)].map((m) => m[1]))].sort();
      for (const d of Object.values(dictionaries)) {
        const translated = d[key as keyof typeof d];
        expect(translated.trim(), key).not.toBe('');
        expect(placeholders(translated), key).toEqual(placeholders(text));
      }
    }
  });

  it('fills in placeholders', () => {
    expect(format('Hei, {name}', { name: 'Kari' })).toBe('Hei, Kari');
  });

  it('chooses the plural form by the language’s rules, with an exact form before the rule', () => {
    const text = '{count, plural, =0 {ingen nye samtaler} one {# ny samtale} other {# nye samtaler}} i {team}';
    expect(format(text, { count: 0, team: 'Familie' })).toBe('ingen nye samtaler i Familie');
    expect(format(text, { count: 1, team: 'Familie' })).toBe('1 ny samtale i Familie');
    expect(format(text, { count: 12, team: 'Familie' }, 'en')).toBe('12 nye samtaler i Familie');
    expect(format('{n, plural, one {# minute} other {# minutes}}', { n: 1 }, 'en')).toBe('1 minute');
  });
});
