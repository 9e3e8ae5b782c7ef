import { describe, expect, it } from 'vitest';
import nb from '../i18n/nb';
import { format, type Translate } from '../i18n/i18n';
import { formatMinutes } from '../common/format';
import { countText, firstName } from './format';
import { fillPlaceholders, insertAnswer } from './placeholders';

const t: Translate = (key, values) => format(nb[key], values);

describe('canned answer placeholders', () => {
  const values = { navn: 'Siri Hansen', veileder: 'Kari', konto: 'NAV Foreldrepenger' };

  it('fills in the correspondent, the advisor and the account, every time they occur', () => {
    expect(fillPlaceholders('Hei {navn}! Hilsen {veileder}, {konto}. Ha en fin dag, {navn}.', values)).toBe(
      'Hei Siri Hansen! Hilsen Kari, NAV Foreldrepenger. Ha en fin dag, Siri Hansen.',
    );
  });

  it('leaves unknown braces as written so the advisor sees them', () => {
    expect(fillPlaceholders('Saksnummer {saksnummer}, {NAVN}', values)).toBe('Saksnummer {saksnummer}, {NAVN}');
  });

  it('does not read placeholders inside the filled-in values', () => {
    expect(fillPlaceholders('Hei {navn}', { ...values, navn: '{konto}' })).toBe('Hei {konto}');
  });

  it('replaces an empty draft and follows a written one after a blank line', () => {
    expect(insertAnswer('  ', 'Svar')).toBe('Svar');
    expect(insertAnswer('Takk for spørsmålet.\n', 'Svar')).toBe('Takk for spørsmålet.\n\nSvar');
  });

  it('signs with the first name', () => {
    expect(firstName('  Kari  Nordmann ')).toBe('Kari');
  });
});

describe('counts', () => {
  it('say where the server stopped counting', () => {
    expect(countText(10_000, t)).toBe('10000');
    expect(countText(10_001, t)).toBe('over 10000');
  });
});

describe('durations', () => {
  it('are written in minutes, hours or days', () => {
    expect(formatMinutes(45, t)).toBe('45 min');
    expect(formatMinutes(120, t)).toBe('2 t');
    expect(formatMinutes(125, t)).toBe('2 t 5 min');
    expect(formatMinutes(3 * 24 * 60 + 4 * 60 + 10, t)).toBe('3 d 4 t');
    expect(formatMinutes(-3, t)).toBe('0 min');
  });
});
