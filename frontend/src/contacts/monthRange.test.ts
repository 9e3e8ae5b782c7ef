import { describe, expect, it } from 'vitest';
import { monthRange, recentMonths } from './MonthRangeForm';

describe('the channel mix period', () => {
  it('runs from the first day of the first month to the last day of the last', () => {
    expect(monthRange('2026-01', '2026-02')).toEqual({ from: '2026-01-01', to: '2026-02-28' });
    expect(monthRange('2023-12', '2024-02')).toEqual({ from: '2023-12-01', to: '2024-02-29' });
  });

  it('offers the months back from this one, across new year', () => {
    expect(recentMonths(new Date(2026, 1, 15), 3)).toEqual(['2026-02', '2026-01', '2025-12']);
  });
});
