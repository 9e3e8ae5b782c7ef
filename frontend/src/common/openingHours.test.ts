import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../api/types';
import nb from '../i18n/nb';
import { format, type Translate } from '../i18n/i18n';
import { formatOpening, formatOpeningHours, nextOpening } from './openingHours';

const t: Translate = (key, values) => format(nb[key], values);
const weekdays: OpeningHours = { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], opens: '09:00', closes: '15:00', zone: 'Europe/Oslo' };

describe('opening hours', () => {
  it('are written as runs of days', () => {
    expect(formatOpeningHours(weekdays, t)).toBe('mandag–fredag kl. 09:00–15:00');
    expect(formatOpeningHours({ ...weekdays, days: ['MONDAY', 'WEDNESDAY', 'THURSDAY', 'SUNDAY'] }, t)).toBe(
      'mandag, onsdag–torsdag, søndag kl. 09:00–15:00',
    );
    expect(formatOpeningHours({ ...weekdays, days: [] }, t)).toBe('Ingen faste åpningstider');
  });

  it('find the next opening in Oslo time', () => {
    // Tuesday 4 March 2025, 07:00 in Oslo (06:00 UTC): opens later today.
    expect(nextOpening(weekdays, new Date('2025-03-04T06:00:00Z'))).toEqual({ day: 'TUESDAY', inDays: 0, time: '09:00' });
    // Tuesday 16:00 in Oslo: tomorrow.
    expect(nextOpening(weekdays, new Date('2025-03-04T15:00:00Z'))).toEqual({ day: 'WEDNESDAY', inDays: 1, time: '09:00' });
    // Friday evening: Monday.
    expect(nextOpening(weekdays, new Date('2025-03-07T20:00:00Z'))).toEqual({ day: 'MONDAY', inDays: 3, time: '09:00' });
    // 23:30 UTC on Sunday is already Monday 00:30 in Oslo.
    expect(nextOpening(weekdays, new Date('2025-03-09T23:30:00Z'))).toEqual({ day: 'MONDAY', inDays: 0, time: '09:00' });
    expect(nextOpening({ ...weekdays, days: [] })).toBeNull();
  });

  it('say when in words', () => {
    expect(formatOpening({ day: 'TUESDAY', inDays: 0, time: '09:00' }, t)).toBe('i dag kl. 09:00');
    expect(formatOpening({ day: 'WEDNESDAY', inDays: 1, time: '09:00' }, t)).toBe('i morgen kl. 09:00');
    expect(formatOpening({ day: 'MONDAY', inDays: 3, time: '09:00' }, t)).toBe('mandag kl. 09:00');
  });
});
