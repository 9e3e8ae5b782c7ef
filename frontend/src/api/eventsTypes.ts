/** Events: nettprat, the idea box, hearings. Aliases onto `schema.ts`, as `types.ts` says. */
import type { components } from './schema';
import type { Person } from './forumTypes';

type S = components['schemas'];

export type LiveSummary = S['LiveSummary'];
export type LiveState = LiveSummary['state'];
export type LiveEvent = S['LiveEventView'];
export type NewLiveEvent = S['NewLiveEvent'];
export type LiveQuestion = S['PublicQuestion'];
export type LiveQuestionStatus = LiveQuestion['status'];
export type MyLiveQuestion = S['MyLiveQuestion'];
export type QueueQuestion = S['QueueQuestion'];
export type OwnedQuestion = S['OwnedQuestion'];
export type Idea = S['IdeaView'];
export type IdeaList = S['IdeaList'];
export type IdeaSummary = S['IdeaSummary'];
export type IdeaStatus = S['IdeaStatus'];
export const IDEA_STATUSES = ['NEW', 'ASSESSING', 'PLANNED', 'DONE', 'DECLINED', 'MERGED'] as const satisfies readonly IdeaStatus[];
export type SimilarIdea = S['SimilarIdea'];
export type HearingListItem = S['HearingSummaryItem'];
export type FeedbackServiceList = S['FeedbackServiceList'];
export type FeedbackItem = S['FeedbackItem'];
export type FeedbackQueue = S['FeedbackQueue'];
export type Hearing = S['HearingView'];
/** A hearing as created or, while a draft, edited (`draft: true` keeps it from the units until sent). */
export type NewHearing = S['NewHearing'];
export type HearingSummary = S['HearingSummary'];
export type HearingStance = S['HearingStance'];
export const HEARING_STANCES = ['AGREE', 'DISAGREE', 'COMMENT'] as const satisfies readonly HearingStance[];
export type HearingUnitStatus = S['HearingUnitStatus'];

/** The data of a nettprat stream's `change` event (see LiveStream on the server). */
/**
 * A change on the live stream: one question's, or a tick's (`TICK`: every question approved since the last tick and
 * the count of every question whose votes moved); `CANCELLED`: the nettprat was called off, with the reason.
 * `APPROVALS` (a tick's approvals alone) is in older history.
 */
export type LiveChange =
  | LiveQuestionChange
  | { kind: 'CANCELLED'; cancelledAt: string; reason: string }
  | { kind: 'APPROVALS'; questions: LiveQuestionChange[] }
  | { kind: 'TICK'; questions: LiveQuestionChange[]; counts: { questionId: number; votes: number }[] };

export interface LiveQuestionChange {
  kind: 'APPROVED' | 'VOTES' | 'ANSWERED' | 'MERGED' | 'REMOVED';
  questionId: number;
  intoId?: number;
  votes?: number;
  status?: LiveQuestionStatus;
  text?: string;
  asker?: Person | null;
  answer?: string | null;
  answeredBy?: Person | null;
  typedBy?: Person | null;
}
