/** Privacy: the access log, retention, data-subject requests and erasure. Aliases onto `schema.ts`, as `types.ts` says. */
import type { components } from './schema';

type S = components['schemas'];

export const ACCESS_ACTIONS = ['VIEW', 'REVEAL', 'FIND', 'EXPORT', 'ERASE'] as const;
/** The server sends the action as a plain string; these are the ones it writes. */
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export interface AccessLogQuery {
  username: string;
  action: AccessAction | '';
  subjectKind: string;
  subjectId: string;
  /** YYYY-MM-DD, or empty. */
  from: string;
  to: string;
}

export type AccessEntry = S['AccessEntry'];

export type RetentionCategory = S['RetentionCategory'];
export type RetentionAction = S['RetentionAction'];
/** `months` null: kept for good. */
export type RetentionPolicy = S['RetentionPolicy'];
/** `triggeredBy` is null when the nightly task ran it. */
export type RetentionRun = S['RunView'];
/** One external person: a platform id (with its platform, when known) or the name they use there. */
export type DataSubject = S['DataSubject'];

export interface SubjectQuery {
  platform: string;
  externalId: string;
  name: string;
  reason: string;
}

export type SubjectRecord = S['SubjectRecord'];
/** `sources`: records per module holding them (inbox, channels, …). */
export type SubjectFindings = S['Findings'];
/** The server sends the state as a plain string; these are the ones it writes. */
export type ErasureState = 'PENDING' | 'ERASED' | 'REJECTED';
/** `subject` is null once erased: the audit record keeps only the fingerprint. */
export type Erasure = S['ErasureView'];

/** What an erasure did, per kind of data, as a fact the page words. */
export type ErasedKind = S['ErasedKind'];
