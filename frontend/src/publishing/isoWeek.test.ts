import { describe, expect, it } from 'vitest';
import { isoWeekOf } from './isoWeek';

describe('ISO weeks', () => {
  it('names the week of a day, across new year as ISO does', () => {
    expect(isoWeekOf(new Date(2026, 11, 4))).toBe('2026-W49');
    expect(isoWeekOf(new Date(2027, 0, 1))).toBe('2026-W53');
    expect(isoWeekOf(new Date(2025, 11, 29))).toBe('2026-W01');
  });
});
