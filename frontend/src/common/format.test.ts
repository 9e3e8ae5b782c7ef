import { describe, expect, it } from 'vitest';
import { dictionaries, format, type Language } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nb';
import { humanDuration } from './format';

const t = (language: Language) => (key: MessageKey, values?: Record<string, string | number>) => format(dictionaries[language][key], values, language);

describe('human durations', () => {
  it('say under a second, then seconds, minutes and hours, in the reader’s language', () => {
    expect(humanDuration(0, t('nb'))).toBe('under ett sekund');
    expect(humanDuration(800, t('nn'))).toBe('under eitt sekund');
    expect(humanDuration(1000, t('nb'))).toBe('1 sekund');
    expect(humanDuration(2300, t('nb'))).toBe('2 sekunder');
    expect(humanDuration(3 * 60_000, t('nb'))).toBe('3 minutter');
    expect(humanDuration(60_000, t('en'))).toBe('1 minute');
    expect(humanDuration(2 * 3_600_000, t('en'))).toBe('2 hours');
  });

  it('and counts agree with their nouns', () => {
    expect(t('nb')('inbox.live.arrived', { count: 1 })).toBe('1 ny samtale har kommet inn. Listen er oppdatert.');
    expect(t('nb')('inbox.live.arrived', { count: 3 })).toBe('3 nye samtaler har kommet inn. Listen er oppdatert.');
    expect(t('en')('privacy.retention.removed', { count: 1 })).toBe('1 record in all was removed.');
  });
});
