/**
 * The arithmetic behind the analytics pages, kept apart from the components so that it is tested on its own:
 * totals over a range, the previous period of the same length, months, an account's year in numbers, and the
 * suppression of small personal counts (the same rule as the server's exports).
 */

export interface DailyFigures {
  date: string;
  followers: number | null;
  reach: number | null;
  posts: number;
  comments: number;
  privateMessages: number;
  repliesSent: number;
  hiddenComments: number;
}

export type CountKey = 'posts' | 'comments' | 'privateMessages' | 'repliesSent' | 'hiddenComments';

/** Counts that may point to a person when small: shown and exported as «<5» from 1 to 4. */
export const PERSONAL_KEYS: ReadonlySet<string> = new Set(['privateMessages', 'hiddenComments']);

export const SUPPRESSION_THRESHOLD = 5;

/** A count as an export writes it: «<5» for 1–4 of a personal figure, else the number. */
export function suppressed(key: string, value: number): string | number {
  return PERSONAL_KEYS.has(key) && value > 0 && value < SUPPRESSION_THRESHOLD ? '<5' : value;
}

const DAY = 24 * 60 * 60 * 1000;

function parse(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function iso(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The number of days from `from` to `to`, both included. */
export function daysIn(from: string, to: string): number {
  return Math.round((parse(to) - parse(from)) / DAY) + 1;
}

/** The period of the same length just before [from, to], for comparison. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = daysIn(from, to);
  return { from: iso(parse(from) - length * DAY), to: iso(parse(from) - DAY) };
}

/** The sum of a count over the days given. */
export function total(days: readonly DailyFigures[], key: CountKey | 'reach'): number {
  return days.reduce((sum, day) => sum + (day[key] ?? 0), 0);
}

/** The last day's followers that the platform gave, or null. */
export function lastFollowers(days: readonly DailyFigures[]): number | null {
  for (let i = days.length - 1; i >= 0; i--) {
    const followers = days[i].followers;
    if (followers !== null) return followers;
  }
  return null;
}

/** The change from `before` to `now` as a share (0.1 = 10 % up), or null when there was nothing before. */
export function change(now: number, before: number): number | null {
  return before === 0 ? null : (now - before) / before;
}

export interface MonthFigures {
  month: string;
  posts: number;
  comments: number;
  privateMessages: number;
  repliesSent: number;
  hiddenComments: number;
  reach: number;
  followers: number | null;
}

/** Days rolled up to months (YYYY-MM): counts summed, followers at the month's last day with a figure. */
export function byMonth(days: readonly DailyFigures[]): MonthFigures[] {
  const months = new Map<string, DailyFigures[]>();
  for (const day of days) {
    const month = day.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), day]);
  }
  return [...months.entries()].map(([month, list]) => ({
    month,
    posts: total(list, 'posts'),
    comments: total(list, 'comments'),
    privateMessages: total(list, 'privateMessages'),
    repliesSent: total(list, 'repliesSent'),
    hiddenComments: total(list, 'hiddenComments'),
    reach: total(list, 'reach'),
    followers: lastFollowers(list),
  }));
}

export interface YearInNumbers {
  followersAtEnd: number | null;
  comments: number;
  reach: number;
  privateMessages: number;
  repliesSent: number;
  posts: number;
}

/** An account's year in numbers, as the seed reports it: followers at the end, and the year's totals. */
export function yearInNumbers(days: readonly DailyFigures[]): YearInNumbers {
  return {
    followersAtEnd: lastFollowers(days),
    comments: total(days, 'comments'),
    reach: total(days, 'reach'),
    privateMessages: total(days, 'privateMessages'),
    repliesSent: total(days, 'repliesSent'),
    posts: total(days, 'posts'),
  };
}

/** The day with the most of a count: the peak a summary names. */
export function peak(days: readonly DailyFigures[], key: CountKey): DailyFigures | null {
  return days.reduce<DailyFigures | null>((best, day) => (best === null || day[key] > best[key] ? day : best), null);
}

/** A year of whole days ending yesterday: the default range of the year report. */
export function lastYear(today: string): { from: string; to: string } {
  const to = iso(parse(today) - DAY);
  return { from: iso(parse(to) - 364 * DAY), to };
}

/** The last 30 days up to today: the dashboard's default range. */
export function last30Days(today: string): { from: string; to: string } {
  return { from: iso(parse(today) - 29 * DAY), to: today };
}

/** Seconds as minutes, rounded, or null. */
export function minutes(seconds: number | null | undefined): number | null {
  return seconds === null || seconds === undefined ? null : Math.round(seconds / 60);
}
