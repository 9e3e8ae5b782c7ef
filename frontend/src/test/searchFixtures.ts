import type { SearchHit, SimilarQuestion } from '../api/types';

export const hit: SearchHit = {
  source: 'FORUM',
  id: 42,
  title: 'Gradert uttak av foreldrepenger',
  titleHtml: 'Gradert uttak av <mark>foreldrepenger</mark>',
  snippetHtml: 'Kan far ta ut <mark>foreldrepenger</mark> &lt;script&gt;alert(1)&lt;&#x2F;script&gt; gradert?',
  space: { id: 10, name: 'Dagpenger' },
  kind: 'TOPIC',
  status: 'VERIFIED',
  verified: true,
  createdAt: '2026-03-01T10:00:00Z',
  score: 3.2,
};

export const similar: SimilarQuestion[] = [
  { id: 42, title: 'Gradert uttak av foreldrepenger', space: { id: 10, name: 'Dagpenger' }, verified: true, score: 4.1, source: 'FORUM' },
  { id: 43, title: 'Fedrekvoten når mor er ufør', space: { id: 10, name: 'Dagpenger' }, verified: false, score: 2.2, source: 'FORUM' },
];
