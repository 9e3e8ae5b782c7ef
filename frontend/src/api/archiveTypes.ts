/** The archive: records, rules and extracts. Aliases onto `schema.ts`, as `types.ts` says. */
import type { components } from './schema';

type S = components['schemas'];

export type ArchiveRecord = S['ArchiveRecordView'];
export type ArchiveRecordDetail = S['ArchiveRecordDetail'];
export type ArchiveRule = S['ArchiveRuleView'];
export type ArchiveRuleUpdate = S['ArchiveRuleUpdate'];
export type ArchiveExtract = S['ExtractView'];
export type ArchiveOverview = S['ArchiveOverview'];
export type ArchiveFilter = 'WAITING' | 'SENT' | 'FAILED' | 'ALL';
