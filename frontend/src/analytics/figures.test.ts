import { describe, expect, it } from 'vitest';
import { byMonth, change, daysIn, lastFollowers, lastYear, peak, previousPeriod, suppressed, total, yearInNumbers, type DailyFigures } from './figures';

const day = (date: string, comments: number, followers: number | null = null, privateMessages = 0): DailyFigures => ({
  date,
  followers,
  reach: comments * 10,
  posts: 1,
  comments,
  privateMessages,
  repliesSent: 0,
  hiddenComments: 0,
});

describe('analytics figures', () => {
  it('compares with the period of the same length just before', () => {
    expect(daysIn('2026-03-01', '2026-03-31')).toBe(31);
    expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(previousPeriod('2026-01-01', '2026-01-01')).toEqual({ from: '2025-12-31', to: '2025-12-31' });
  });

  it('rolls days up to months with followers at the last day that has a figure', () => {
    const months = byMonth([day('2018-02-27', 5, 100), day('2018-02-28', 7, null), day('2018-03-01', 2, 110)]);
    expect(months).toHaveLength(2);
    expect(months[0]).toMatchObject({ month: '2018-02', comments: 12, posts: 2, followers: 100, reach: 120 });
    expect(months[1]).toMatchObject({ month: '2018-03', comments: 2, followers: 110 });
  });

  it('gives a year in numbers and the peak day', () => {
    const days = [day('2025-01-01', 3, 10), day('2025-06-01', 9, 20), day('2025-12-31', 4, null)];
    expect(yearInNumbers(days)).toMatchObject({ followersAtEnd: 20, comments: 16, reach: 160, posts: 3 });
    expect(peak(days, 'comments')?.date).toBe('2025-06-01');
    expect(lastFollowers([day('2025-01-01', 1)])).toBeNull();
    expect(total(days, 'comments')).toBe(16);
  });

  it('suppresses small personal counts as the exports do, and leaves public counts and zero', () => {
    expect(suppressed('privateMessages', 3)).toBe('<5');
    expect(suppressed('privateMessages', 0)).toBe(0);
    expect(suppressed('privateMessages', 5)).toBe(5);
    expect(suppressed('comments', 2)).toBe(2);
  });

  it('says no change when there was nothing before, and the year ends yesterday', () => {
    expect(change(10, 0)).toBeNull();
    expect(change(15, 10)).toBeCloseTo(0.5);
    expect(lastYear('2026-12-05')).toEqual({ from: '2025-12-05', to: '2026-12-04' });
  });
});
