import { get, query, request } from './http';
import type { ArchiveExtract, ArchiveFilter, ArchiveOverview, ArchiveRecord, ArchiveRecordDetail, ArchiveRule, ArchiveRuleUpdate } from './types';

const archive = '/api/v1/archive';

/** Journaled case folders, their live deliveries, the journaling rules and the Noark 5 extracts. */
export const archiveApi = {
  overview: () => get<ArchiveOverview>(`${archive}/overview`),
  records: (filter: ArchiveFilter) => get<ArchiveRecord[]>(`${archive}/records${query({ filter })}`),
  record: (id: number) => get<ArchiveRecordDetail>(`${archive}/records/${id}`),
  retry: (id: number) => request<ArchiveRecordDetail>('POST', `${archive}/records/${id}/retry`),
  rules: () => get<ArchiveRule[]>(`${archive}/rules`),
  changeRule: (sourceKind: string, update: ArchiveRuleUpdate) => request<ArchiveRule>('PUT', `${archive}/rules/${sourceKind}`, update),
  extracts: () => get<ArchiveExtract[]>(`${archive}/extracts`),
  /** Journals one item by hand; the folder it already has when it was journaled before. */
  journal: (sourceKind: 'CONVERSATION' | 'ESCALATION' | 'HEARING' | 'POST', sourceId: number) =>
    request<ArchiveRecordDetail>('POST', `${archive}/records`, { sourceKind, sourceId }),
  extract: (from: string, to: string) => request<{ id: number }>('POST', `${archive}/extracts`, { from, to }),
};
