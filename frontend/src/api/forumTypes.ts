/** The forum, its notifications and its log. Aliases onto `schema.ts`, as `types.ts` says. */
import type { components } from './schema';

type S = components['schemas'];

/* Forum and dialogue (see docs/forum-api.md). */

export type Person = S['Person'];
export type SpaceKind = S['SpaceKind'];
export type SpaceRole = S['SpaceRole'];
export type SpaceSummary = S['SpaceSummary'];
export type NewSpace = S['NewSpace'];
export type StaffChanges = S['Staff'];

export type DiscussionStatus = S['DiscussionStatus'];
export const DISCUSSION_STATUSES = ['OPEN', 'ANSWERED', 'VERIFIED'] as const satisfies readonly DiscussionStatus[];

export type DiscussionSummary = S['DiscussionSummary'];

export interface DiscussionQuery {
  status: DiscussionStatus | '';
  question: boolean;
  page: number;
  size: number;
}

export type NewDiscussion = S['NewDiscussion'];

export type Reaction = S['ReactionKind'];
export const REACTIONS = ['HELPFUL', 'THANKS'] as const satisfies readonly Reaction[];

export type Attachment = S['AttachmentView'];
/** `html` is sanitised by the server: the only HTML the front end ever inserts. */
export type Message = S['ForumMessageView'];
export type DiscussionPermissions = S['ForumPermissions'];
export type Discussion = S['DiscussionView'];

export type EscalationState = S['EscalationState'];
export const ESCALATION_STATES = ['RAISED', 'ACKNOWLEDGED', 'ANSWERED', 'CLOSED'] as const satisfies readonly EscalationState[];

/** `deadline` is a date (YYYY-MM-DD). */
export type Escalation = S['EscalationView'];
export type NewEscalation = S['NewEscalation'];
export type Report = S['ReportView'];
/** Data of a discussion stream's `discussion` events (SSE, so not in the OpenAPI description). */
export interface DiscussionEvent {
  discussionId: number;
  messageId: number | null;
  change: 'POSTED' | 'EDITED' | 'REMOVED' | 'VERIFIED';
}

/** Named so it does not shadow the browser's own Notification. */
export type AppNotification = S['Notification'];
export type NotificationKind = S['NotificationKind'];
/** A page of notifications with how many of all the user's are unread. */
export type NotificationPage = S['NotificationPage'];


/** `contributionSpread`: shares of the population (0–1) who wrote ≥ 10, 1–9 and 0 posts in the month. */
export type SpaceFigures = S['ForumFigures'];
/** An earlier text of an edited message. */
export type Revision = S['Revision'];
/** One line of a space's log: `action` is a code the page words, never shows (forum/auditLine.ts). */
export type AuditEntry = S['ForumAuditView'];
export type ForumAuditAction = S['ForumAuditAction'];
/** What a log line is about: a person by name, a discussion (or a message's discussion) by title. */
export type AuditTarget = S['AuditTargetView'];
