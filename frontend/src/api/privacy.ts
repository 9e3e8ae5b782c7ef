import { get, query, request } from './http';
import type {
  AccessEntry,
  AccessLogQuery,
  Erasure,
  PageOf,
  RetentionAction,
  RetentionCategory,
  RetentionPolicy,
  RetentionRun,
  SubjectFindings,
  SubjectQuery,
} from './types';

const privacy = '/api/v1/privacy';

/** The privacy officer's access log, retention, person search and erasures, and the personal-data scan. */
export const privacyApi = {
  /** What the server's personal-data detector finds in a text; open to the citizens' chat too. */
  scan: (text: string) => request<{ findings: { type: string; start: number; end: number }[] }>('POST', `${privacy}/scan`, { text }),
  accessLog: (q: AccessLogQuery, page: number, size = 50) => get<PageOf<AccessEntry>>(`${privacy}/access-log${query({ ...q, page, size })}`),
  retention: () => get<RetentionPolicy[]>(`${privacy}/retention`),
  changeRetention: (category: RetentionCategory, months: number | null, action: RetentionAction) =>
    request<RetentionPolicy>('PUT', `${privacy}/retention/${category}`, { months, action }),
  runRetention: (dryRun: boolean) => request<RetentionRun>('POST', `${privacy}/retention/runs${query({ dryRun })}`),
  retentionRuns: () => get<RetentionRun[]>(`${privacy}/retention/runs`),
  findSubject: (q: SubjectQuery) => get<SubjectFindings>(`${privacy}/subjects${query({ ...q })}`),
  requestErasure: (q: SubjectQuery) => request<Erasure>('POST', `${privacy}/erasures`, q),
  erasures: () => get<Erasure[]>(`${privacy}/erasures`),
  approveErasure: (id: number) => request<Erasure>('POST', `${privacy}/erasures/${id}/approve`),
  rejectErasure: (id: number, comment: string) => request<Erasure>('POST', `${privacy}/erasures/${id}/reject`, { comment }),
};

/** Files the privacy officer downloads with a plain link: the browser's session cookie goes along. */
export const privacyDownloads = {
  accessLog: (q: AccessLogQuery) => `${privacy}/access-log/export${query({ ...q })}`,
  subject: (q: SubjectQuery) => `${privacy}/subjects/export${query({ ...q })}`,
};
