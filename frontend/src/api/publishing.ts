import { get, request } from './http';
import type { PublishingCalendar, PublishingMeeting, PublishingPost, Wheel } from './types';

const base = '/api/v1/publishing';

export interface PostInput {
  accountId: number;
  text: string;
  publishAt: string;
  themeId?: number | null;
  link?: string | null;
  firstComment?: string | null;
}

/** Editorial planning: the yearly wheel, the calendar, posts through four eyes, the weekly meeting. */
export const publishingApi = {
  wheel: (year: number) => get<Wheel>(`${base}/wheel?year=${year}`),
  calendar: (from: string, to: string, accountId?: number) =>
    get<PublishingCalendar>(`${base}/calendar?from=${from}&to=${to}${accountId ? `&accountId=${accountId}` : ''}`),
  awaiting: () => get<PublishingPost[]>(`${base}/posts/awaiting-approval`),
  create: (post: PostInput) => request<PublishingPost>('POST', `${base}/posts`, post),
  update: (id: number, post: PostInput) => request<PublishingPost>('PUT', `${base}/posts/${id}`, post),
  submit: (id: number) => request<PublishingPost>('POST', `${base}/posts/${id}/submit`),
  approve: (id: number) => request<PublishingPost>('POST', `${base}/posts/${id}/approve`),
  reject: (id: number, comment: string) => request<PublishingPost>('POST', `${base}/posts/${id}/reject`, { comment }),
  meeting: (team: number, week: string) => get<PublishingMeeting>(`${base}/meetings/${team}/${week}`),
  saveMinutes: (team: number, week: string, minutes: string) =>
    request<PublishingMeeting>('PUT', `${base}/meetings/${team}/${week}/minutes`, { minutes }),
  addAction: (team: number, week: string, text: string, ownerId: number) =>
    request<PublishingMeeting>('POST', `${base}/meetings/${team}/${week}/actions`, { text, ownerId }),
  /** An idea for a post on a theme of the wheel (here: a question asked often that found no answer). */
  addIdea: (themeId: number, text: string) => request<unknown>('POST', `${base}/themes/${themeId}/ideas`, { text }),
  markdownUrl: (team: number, week: string) => `${base}/meetings/${team}/${week}/markdown`,
};
