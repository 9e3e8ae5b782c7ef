import { describe, expect, it } from 'vitest';
import { addDays, gridWeeks, isoWeekNumber, mondayOf } from './calendarGrid';

describe('calendar grid', () => {
  it('starts a week on Monday', () => {
    expect(mondayOf('2026-12-05')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('shows every week that touches the month', () => {
    const weeks = gridWeeks('2026-12-15', 'month');
    expect(weeks[0][0]).toBe('2026-11-30');
    expect(weeks[weeks.length - 1]).toContain('2026-12-31');
    expect(weeks).toHaveLength(5);
    expect(gridWeeks('2026-12-15', 'week')).toEqual([
      ['2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18', '2026-12-19', '2026-12-20'],
    ]);
  });

  it('numbers weeks as ISO 8601 does, over new year too', () => {
    expect(isoWeekNumber('2026-12-03')).toBe(49);
    expect(isoWeekNumber('2027-01-01')).toBe(53);
    expect(isoWeekNumber('2027-01-04')).toBe(1);
  });
});
