/** The days a month or week grid shows, Monday first, as ISO dates in local time. */

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parse(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

export function addDays(iso: string, days: number): string {
  const date = parse(iso);
  date.setDate(date.getDate() + days);
  return isoOf(date);
}

/** The Monday on or before the day. */
export function mondayOf(iso: string): string {
  const date = parse(iso);
  return addDays(iso, -((date.getDay() + 6) % 7));
}

/**
 * The weeks (rows of seven days, Monday first) a view shows: one for a week view, every week touching the month for
 * a month view.
 */
export function gridWeeks(anchor: string, view: 'week' | 'month'): string[][] {
  const first = view === 'week' ? mondayOf(anchor) : mondayOf(`${anchor.slice(0, 7)}-01`);
  const monthEnd = (() => {
    const d = parse(`${anchor.slice(0, 7)}-01`);
    return isoOf(new Date(d.getFullYear(), d.getMonth() + 1, 0));
  })();
  const weeks: string[][] = [];
  for (let start = first; weeks.length === 0 || (view === 'month' && start <= monthEnd); start = addDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
    if (view === 'week') break;
  }
  return weeks;
}

/** The ISO week number of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekNumber(iso: string): number {
  const date = parse(iso);
  const thursday = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 3 - ((date.getDay() + 6) % 7));
  const firstThursday = new Date(thursday.getFullYear(), 0, 4);
  return 1 + Math.round(((thursday.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getDay() + 6) % 7)) / 7);
}
