import { get, query, request, uploadBody } from './http';
import type {
  PageOf,
  PostComments,
  PublishingCalendarDays,
  PublishingMeeting,
  PublishingPost,
  Wheel,
  WheelTheme,
} from './types';

const base = '/api/v1/publishing';

/** A post's image, video link and uploaded video (in PostView; spelled out until the generated types are regenerated). */
export interface PostMedia {
  image?: { id: number; altText: string; url: string; width: number; height: number } | null;
  videoLink?: string | null;
  video?: PostVideo | null;
}

export interface PostInput {
  accountId: number;
  text: string;
  publishAt: string;
  themeId?: number | null;
  campaignId?: number | null;
  link?: string | null;
  firstComment?: string | null;
  imageId?: number | null;
  videoLink?: string | null;
  videoId?: number | null;
}

/** An image uploaded for a team's post, with its required alt text (POST /api/v1/publishing/images). */
export interface PostImage {
  id: number;
  altText: string;
  contentType: string;
  width: number;
  height: number;
  sizeBytes: number;
  url: string;
}

/** A video uploaded for a YouTube account's post (POST /api/v1/publishing/videos); `url` plays it back. */
export interface PostVideo {
  id: number;
  contentType: string;
  sizeBytes: number;
  url: string;
}

/** A theme of the yearly wheel as written (POST and PUT /api/v1/publishing/themes). */
export interface ThemeInput {
  teamId: number | null;
  year: number | null;
  title: string;
  description: string;
  keyMessages: string[];
  links: string[];
  accountIds: number[];
  periodUnit: string;
  periodFrom: number | null;
  periodTo: number | null;
}

/** What the calendar shows: every account of the caller's teams unless one is chosen, and optionally a theme or author. */
export interface CalendarFilters {
  accountId?: number;
  themeId?: number;
  authorId?: number;
}

/** Editorial planning: the yearly wheel, the calendar, posts through four eyes, the weekly meeting. */
export const publishingApi = {
  wheel: (year: number) => get<Wheel>(`${base}/wheel?year=${year}`),
  /** Per day the counts and the first `perDay` posts (compact): what the month and week views show. */
  calendarDays: (from: string, to: string, filters: CalendarFilters, perDay: number) =>
    get<PublishingCalendarDays>(`${base}/calendar/days${query({ from, to, ...filters, perDay })}`),
  /** The period's posts with their full views, in time order, a page at a time: the list view and a day's "more". */
  calendarPosts: (from: string, to: string, filters: CalendarFilters, page: number, size: number) =>
    get<PageOf<PublishingPost>>(`${base}/calendar/posts${query({ from, to, ...filters, page, size })}`),
  createTheme: (theme: ThemeInput) => request<WheelTheme>('POST', `${base}/themes`, theme),
  updateTheme: (id: number, theme: ThemeInput) => request<WheelTheme>('PUT', `${base}/themes/${id}`, theme),
  deleteTheme: (id: number) => request<void>('DELETE', `${base}/themes/${id}`),
  awaiting: () => get<PublishingPost[]>(`${base}/posts/awaiting-approval`),
  post: (id: number) => get<PublishingPost>(`${base}/posts/${id}`),
  /** The public comments on a published post, read-only, for its account's editors. */
  postComments: (id: number) => get<PostComments>(`${base}/posts/${id}/comments`),
  uploadImage: (accountId: number, altText: string, file: File) => {
    const form = new FormData();
    form.append('accountId', String(accountId));
    form.append('altText', altText);
    form.append('image', file);
    return request<PostImage>('POST', `${base}/images`, form);
  },
  /** The file is the body; `onProgress` hears the share sent so far (0 to 1). */
  uploadVideo: (accountId: number, file: File, onProgress: (share: number) => void) =>
    uploadBody<PostVideo>(`${base}/videos${query({ accountId })}`, file, onProgress),
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
  pdfUrl: (team: number, week: string) => `${base}/meetings/${team}/${week}/pdf`,
};
