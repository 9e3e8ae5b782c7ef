import { get, query } from '../api/http';

/** One month of the forum's figures (docs/analytics.md defines each). */
export interface ForumMonth {
  month: string;
  views: number;
  posts: number;
  members: number;
  contributors: number;
  top1Share: number | null;
  top10Share: number | null;
  questions: number;
  firstAnswerP50Seconds: number | null;
  verifiedAnswerP50Seconds: number | null;
  escalationsOpen: number;
  escalationsOverdue: number;
}

export interface ForumPeaks {
  postsMonth: string | null;
  posts: number;
  viewsMonth: string | null;
  views: number;
  viewsDay: string | null;
  dayViews: number;
}

export interface ForumFiguresView {
  spaceId: number | null;
  spaceName: string | null;
  from: string;
  to: string;
  items: ForumMonth[];
  peaks: ForumPeaks;
}

export interface ForumSpaceOption {
  id: number;
  name: string;
  kind: 'TOPIC' | 'GROUP';
}

export interface MonthRange {
  from: string;
  to: string;
}

const monthly = '/api/v1/analytics/forum/monthly';

function params(space: number | null, range: MonthRange): Record<string, string> {
  return space === null ? { ...range } : { ...range, space: String(space) };
}

export const forumFiguresApi = {
  spaces: () => get<ForumSpaceOption[]>('/api/v1/analytics/forum/spaces'),
  monthly: (space: number | null, range: MonthRange) => get<ForumFiguresView>(`${monthly}${query(params(space, range))}`),
};

export function forumExportLink(space: number | null, range: MonthRange, format: 'csv' | 'xlsx'): string {
  return `${monthly}${query({ ...params(space, range), format })}`;
}

/** The twelve months up to the month of `today` (YYYY-MM-DD). */
export function lastTwelveMonths(today: string): MonthRange {
  const [year, month] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 1 - 11, 1));
  return { from: start.toISOString().slice(0, 7), to: today.slice(0, 7) };
}
