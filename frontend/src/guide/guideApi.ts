import { get, request } from '../api/http';
import type { components } from '../api/schema';

type Schemas = components['schemas'];
export type GuideVersionView = Schemas['GuideVersionView'];
export type GuideVersionDocument = Schemas['GuideVersionDocument'];
export type GuideDocument = Schemas['GuideDocument'];
export type GuideAnswerView = Schemas['GuideAnswerView'];
export type GuideSaved = Schemas['GuideSaved'];
export type GuideUsageView = Schemas['GuideUsageView'];
export type GuideDiffView = Schemas['GuideDiffView'];

export interface GuidePreviewAsk {
  topic: string;
  need: string;
  municipality: string;
  lang: string;
}

/** The editors' side of the channel guide: versions, a save, a preview, publishing and a diff of two versions. */
export const guideApi = {
  /** Months as yyyy-MM; for the channel mix page. */
  usage: (from: string, to: string) => get<GuideUsageView>(`/api/v1/guide/usage?from=${from}&to=${to}`),
  versions: () => get<GuideVersionView[]>('/api/v1/guide/versions'),
  version: (version: number) => get<GuideVersionDocument>(`/api/v1/guide/versions/${version}`),
  save: (document: unknown, note: string) => request<GuideSaved>('POST', '/api/v1/guide/versions', { document, note: note || null }),
  diff: (from: number, to: number) => get<GuideDiffView>(`/api/v1/guide/diff?from=${from}&to=${to}`),
  publish: (version: number) => request<void>('POST', `/api/v1/guide/versions/${version}/publish`),
  preview: (document: unknown, ask: GuidePreviewAsk) =>
    request<GuideAnswerView>('POST', '/api/v1/guide/preview', {
      document,
      topic: ask.topic || null,
      need: ask.need || null,
      municipality: ask.municipality || null,
      lang: ask.lang,
    }),
};
