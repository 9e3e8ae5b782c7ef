import { get, query, request } from '../api/http';
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type DailyView = Schemas['DailyView'];
export type ServiceView = Schemas['ServiceView'];
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
