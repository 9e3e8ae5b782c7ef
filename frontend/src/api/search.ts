import { get, query, request } from './http';
import type { AnsweredQuestion, PageOf, SearchHit, SearchParams, SearchStatus, SimilarQuestion, SynonymGroup, UnansweredQuestion } from './types';

const synonyms = '/api/v1/admin/search/synonyms';

/** Search across the forum and the inbox, similar questions, and the admin's synonyms and index. */
export const searchApi = {
  search: (p: SearchParams) =>
    get<PageOf<SearchHit>>(
      `/api/v1/search${query({ q: p.q, source: p.source, space: p.space, kind: p.kind, status: p.status, verified: p.verified, from: p.from, to: p.to, sort: p.sort, page: p.page, size: 20 })}`,
    ),
  /** `source`: only forum discussions or only inbox conversations; without it, every source the reader may read. */
  similar: (text: string, limit = 5, source?: 'FORUM' | 'INBOX') =>
    get<SimilarQuestion[]>(`/api/v1/search/similar${query({ q: text, limit, source })}`),
  /** That a suggestion was used (inserted into a reply, opened from the ask form); no user, no text is kept. */
  recordUse: (source: string, id: number, context: 'INBOX_REPLY' | 'FORUM_ASK') =>
    request<void>('POST', '/api/v1/search/suggestion-uses', { source, id, context }),
  /** Questions searched for that found nothing, most often asked first (editors, moderators, admins). */
  unanswered: (days: number) => get<UnansweredQuestion[]>(`/api/v1/search/unanswered${query({ days })}`),
  /** Answers inserted into inbox replies within `days`, most often first (editors, moderators, admins). */
  answeredOften: (days: number) => get<AnsweredQuestion[]>(`/api/v1/search/answered-often${query({ days })}`),
  dismissUnanswered: (id: number) => request<void>('DELETE', `/api/v1/search/unanswered/${id}`),
  synonyms: () => get<SynonymGroup[]>(synonyms),
  addSynonyms: (words: string[]) => request<SynonymGroup>('POST', synonyms, { words }),
  updateSynonyms: (id: number, words: string[]) => request<SynonymGroup>('PUT', `${synonyms}/${id}`, { words }),
  deleteSynonyms: (id: number) => request<void>('DELETE', `${synonyms}/${id}`),
  status: () => get<SearchStatus>('/api/v1/admin/search'),
  rebuild: () => request<SearchStatus>('POST', '/api/v1/admin/search/rebuild'),
};
