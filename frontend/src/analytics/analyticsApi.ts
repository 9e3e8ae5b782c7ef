import type { Platform } from '../api/types';
import { get, query, request } from '../api/http';
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type DailyView = Schemas['DailyView'];
/** Where analytics' count of the inbox stands, and the messages it had to pass (administrators). */
export type FollowerStatus = Schemas['FollowerStatus'];
/** One of a team's channels: replies and the first-response wait (for a web chat, the queue's wait). */
export interface ServiceChannel {
  accountId: number;
  accountName: string;
  platform: Platform;
  replies: number;
  waitP50Seconds: number | null;
  waitP90Seconds: number | null;
}
/** The service figures, with time to close and the channels (written out until the schema is regenerated). */
export type ServiceView = Schemas['ServiceView'] & {
  closed: number;
  timeToCloseP50Seconds: number | null;
  timeToCloseP90Seconds: number | null;
  channels: ServiceChannel[];
};
export type ScopeView = Schemas['ScopeView'];
export type SurveyView = Schemas['SurveyView'];
export type SurveySummary = Schemas['SurveySummary'];
export type SurveyTemplate = Schemas['Template'];
export type ResultsView = Schemas['ResultsView'];
export type QuestionResult = Schemas['QuestionResult'];
export type QuestionView = Schemas['QuestionView'];
export type PublicSurveyView = Schemas['PublicSurveyView'];
export type Published = Schemas['Published'];
export type NewSurvey = Schemas['NewSurvey'];

export interface Range {
  from: string;
  to: string;
}

const daily = (accountId: number) => `/api/v1/analytics/accounts/${accountId}/daily`;

export const analyticsApi = {
  scope: () => get<ScopeView>('/api/v1/analytics/scope'),
  daily: (accountId: number, range: Range) => get<DailyView>(`${daily(accountId)}${query({ ...range })}`),
  service: (teamId: number, range: Range) => get<ServiceView>(`/api/v1/analytics/teams/${teamId}/service${query({ ...range })}`),
  follower: () => get<FollowerStatus>('/api/v1/admin/analytics/follower'),
};

/** Where the exports are fetched: the browser downloads them with the session, the server logs each one. */
export function exportLink(accountId: number, range: Range, format: 'csv' | 'xlsx'): string {
  return `${daily(accountId)}${query({ ...range, format })}`;
}

export function serviceExportLink(teamId: number, range: Range, format: 'csv' | 'xlsx'): string {
  return `/api/v1/analytics/teams/${teamId}/service${query({ ...range, format })}`;
}

export const surveysApi = {
  list: () => get<SurveySummary[]>('/api/v1/surveys'),
  templates: () => get<SurveyTemplate[]>('/api/v1/surveys/templates'),
  get: (id: number) => get<SurveyView>(`/api/v1/surveys/${id}`),
  create: (survey: NewSurvey) => request<{ id: number }>('POST', '/api/v1/surveys', survey),
  publish: (id: number) => request<Published>('POST', `/api/v1/surveys/${id}/publish`),
  close: (id: number) => request<SurveyView>('POST', `/api/v1/surveys/${id}/close`),
  results: (id: number) => get<ResultsView>(`/api/v1/surveys/${id}/results`),
  answerAsEmployee: (id: number, answers: Answer[]) => request<unknown>('POST', `/api/v1/surveys/${id}/responses`, { answers }),
};

export interface Answer {
  questionId: number;
  value: unknown;
}

/** The citizens' side: no login, so a 401 is never a lost session. */
export const publicSurveyApi = {
  form: (token: string) => request<PublicSurveyView>('GET', `/api/v1/public/surveys/${encodeURIComponent(token)}`, undefined, true),
  answer: (token: string, answers: Answer[], nonce: string | null) =>
    request<unknown>('POST', `/api/v1/public/surveys/${encodeURIComponent(token)}/responses`, { answers, nonce }, true),
};

export type AnnotationKind = 'REFORM' | 'CAMPAIGN' | 'LIVE_CHAT' | 'OTHER';

/** A note that explains a peak: for a team, an account, or the whole agency (neither). */
export interface ChartAnnotation {
  id: number;
  teamId: number | null;
  accountId: number | null;
  kind: AnnotationKind;
  title: string;
  from: string;
  to: string;
}

export interface NewAnnotation {
  teamId?: number | null;
  accountId?: number | null;
  kind: AnnotationKind;
  title: string;
  from: string;
  to?: string;
}

const annotations = '/api/v1/analytics/annotations';

export const annotationsApi = {
  list: (range: Range, scope: { teamId?: number; accountId?: number } = {}) =>
    get<{ items: ChartAnnotation[] }>(`${annotations}${query({ ...range, ...scope })}`).then((r) => r.items),
  create: (annotation: NewAnnotation) => request<{ id: number }>('POST', annotations, annotation),
  remove: (id: number) => request<unknown>('DELETE', `${annotations}/${id}`),
};

/** Annotations as marks on a chart whose x axis runs over `first`..`last` (days, or months with `month`). */
export function marksWithin(list: readonly ChartAnnotation[], first: string, last: string, month = false) {
  const cut = (day: string) => (month ? day.slice(0, 7) : day);
  return list.map((a) => ({
    from: cut(a.from) < first ? first : cut(a.from),
    to: cut(a.to) > last ? last : cut(a.to),
    label: a.title,
  }));
}
