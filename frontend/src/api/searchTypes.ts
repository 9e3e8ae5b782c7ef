/** The one search, its synonyms and unanswered questions. Aliases onto `schema.ts`, as `types.ts` says. */
import type { components } from './schema';

type S = components['schemas'];

/** An earlier discussion like the question being written, best first. */
export type SimilarQuestion = S['SimilarQuestion'];
/** One search result; titleHtml and snippetHtml are escaped text with <mark> around matched words. */
export type SearchHit = S['SearchHit'];

export interface SearchParams {
  q: string;
  source: string;
  space: string;
  kind: string;
  status: string;
  verified: string;
  from: string;
  to: string;
  sort: string;
  page: number;
}

export type SynonymGroup = S['Group'];
export interface UnansweredQuestion {
  id: number;
  question: string;
  times: number;
  firstAt: string;
  lastAt: string;
}
/** An answer advisors inserted into inbox replies many times over: a question citizens keep asking. */
export type AnsweredQuestion = S['AnsweredQuestion'];
export type SearchStatus = S['SearchStatus'];
