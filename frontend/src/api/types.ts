/**
 * The shapes the server answers with, named for the pages. Every API shape is an alias onto `schema.ts`, which
 * `npm run generate:api` generates from `openapi.json` (the server's own description; see docs/frontend.md):
 * change the server, not these lines. The few types below that are not aliases describe the client's own state
 * (queries, problems, server-sent events).
 */
import type { components } from './schema';

type S = components['schemas'];

/* Identity */

export type Role = S['Role'];
export const ROLES = ['EMPLOYEE', 'ADVISOR', 'EDITOR', 'MODERATOR', 'EXPERT', 'LEADER', 'ANALYST', 'PRIVACY_OFFICER', 'ARCHIVIST', 'ADMIN'] as const satisfies readonly Role[];

export type UnitKind = S['UnitKind'];
export const UNIT_KINDS = ['NAV_OFFICE', 'CONTACT_CENTRE', 'COUNTY', 'DEPARTMENT'] as const satisfies readonly UnitKind[];

export type Info = S['ServiceInfo'];
export type UnitRef = S['UnitRef'];
export type Unit = S['UnitView'];
export type Me = S['MeView'];
export type ApiToken = S['TokenView'];
export type CreatedApiToken = S['CreatedTokenView'];
export type User = S['UserView'];
export type NewUser = S['NewUserRequest'];
export type UserChanges = S['UserChangeRequest'];
export type UnitChanges = S['UnitRequest'];

/** One page of a list (every `PageResponse…` schema has this shape). */
export interface PageOf<T> {
  items: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

/** One field at fault in a problem: its JSON path, the constraint it broke (`NotBlank`, `Size` …) and why. */
export interface ProblemFieldError {
  field: string;
  code?: string | null;
  detail: string;
}

/** RFC 9457 problem details as the backend writes them (the description does not list error answers). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  field?: string;
  errors?: ProblemFieldError[];
}

/* Forum and dialogue (see docs/forum-api.md). */

export type Person = S['Person'];
export type SpaceKind = S['SpaceKind'];
export type SpaceRole = S['SpaceRole'];
export type StaffRole = Exclude<SpaceRole, 'MEMBER'>;
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

/** A team's duty roster for one week, a shift in it, and who is on duty now per team (inbox header). */
export type DutyWeek = S['WeekView'];
export type DutyShift = S['ShiftView'];
export type DutyNow = S['NowView'];
/** Who else has a conversation open, and whether they are writing. */
export type OthersHere = S['OthersHere'];
/** What an erasure did, per kind of data, as a fact the page words. */
export type ErasedKind = S['ErasedKind'];
/** `contributionSpread`: shares of the population (0–1) who wrote ≥ 10, 1–9 and 0 posts in the month. */
export type SpaceFigures = S['ForumFigures'];
/** An earlier text of an edited message. */
export type Revision = S['Revision'];
/** One line of a space's log: `action` is a code the page words, never shows (forum/auditLine.ts). */
export type AuditEntry = S['ForumAuditView'];
export type ForumAuditAction = S['ForumAuditAction'];
/** What a log line is about: a person by name, a discussion (or a message's discussion) by title. */
export type AuditTarget = S['AuditTargetView'];

/* Inbox, four-eyes approval, channels and web chat (see docs/inbox-api.md). */

export type Platform = S['Platform'];
export const PLATFORMS = ['FACEBOOK', 'INSTAGRAM', 'X', 'LINKEDIN', 'YOUTUBE', 'SNAPCHAT', 'BLOG', 'WEB_CHAT'] as const satisfies readonly Platform[];

export type Connector = S['ConnectorKind'];
export const CONNECTORS = ['WEB_CHAT', 'SIMULATOR', 'META', 'BLOG', 'YOUTUBE', 'X', 'LINKEDIN', 'MANUAL'] as const satisfies readonly Connector[];
/** The connectors an admin connects by OAuth from the account's page. */
export const OAUTH_CONNECTORS: readonly Connector[] = ['YOUTUBE', 'X', 'LINKEDIN'];

export type AccountState = S['ChannelsAccountState'];

export type Weekday = S['DayOfWeek'];
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const satisfies readonly Weekday[];

/** `opens` and `closes` are local times, HH:mm. */
export type OpeningHours = S['OpeningHours'];
export type Ref = S['ChannelsRef'];
/** A space as search results name it. */
export type SpaceRef = S['SpaceRef'];
/** What a member does in a team: advisors answer citizens, editors publish; both check each other's texts. */
export type TeamRole = S['TeamRole'];
export type TeamMember = S['MemberView'];
export type Team = S['TeamView'];
export type Account = S['AccountView'];
export type Capability = S['Capability'];
export type CapabilityReason = S['CapabilityReason'];
export type MetaPageKind = S['PageKind'];
/** How an account is connected to Meta; the token is never sent back. */
export type MetaConnection = S['MetaConnectionView'];
/** An account's OAuth connection: health, budget of platform calls, last poll. Tokens are never sent back. */
export type Connection = S['ConnectionView'];
export type TokenHealth = S['HealthView'];
export type TokenHealthState = S['TokenHealth'];
/** A conversation held in a manual channel's own app (Snapchat): topic and answer, never who. */
export type ManualLogEntry = S['LogEntryView'];
export type Figure = S['Figure'];
export type AccountFigures = S['FiguresView'];
export type ApprovalState = S['ApprovalState'];
/** A post the platform publishes at a chosen time, once another member of the account's team approved it. */
export type ScheduledPost = S['ScheduledPostView'];
export type AccountChanges = S['AccountForm'];
/**
 * An account form as the page holds and sends it: no team chosen yet is null (the server answers with a problem
 * naming `teamId`), and the hours keep the zone they were shown with (the server reads them in Europe/Oslo).
 */
export type AccountDraft = Omit<AccountChanges, 'teamId' | 'openingHours'> & { teamId: number | null; openingHours: OpeningHours };

export type ConversationStatus = S['ConversationStatus'];
export const CONVERSATION_STATUSES = ['NEW', 'IN_PROGRESS', 'AWAITING_APPROVAL', 'ANSWERED', 'CLOSED'] as const satisfies readonly ConversationStatus[];

export type Visibility = S['Visibility'];
export type ConversationKind = Visibility;
export type AccountRef = S['AccountRef'];
export type Sla = S['Sla'];
/** `subject` is null when the first message has no text; `correspondent.name` once erased. */
export type ConversationSummary = S['Summary'];
/** `masked`: kinds of personal data masked in `body` (e.g. `national-id`); reveal with a reason to see them. */
export type InboxMessage = S['InboxMessageView'];
export type ReplyStatus = S['ReplyStatus'];
export type Reply = S['ReplyView'];
export type Note = S['NoteView'];

export type AuditAction = S['AuditAction'];
export const AUDIT_ACTIONS = [
  'RECEIVED',
  'ASSIGNED',
  'STATUS_CHANGED',
  'LABELS_CHANGED',
  'NOTE_ADDED',
  'REPLY_DRAFTED',
  'REPLY_PROPOSED',
  'REPLY_EDITED',
  'REPLY_EDIT_PROPOSED',
  'REPLY_EDIT_ACCEPTED',
  'REPLY_APPROVED',
  'REPLY_NEEDS_NO_APPROVAL',
  'REPLY_REJECTED',
  'REPLY_RESUBMITTED',
  'REPLY_SENT',
  'REPLY_FAILED',
  'REPLY_ATTEMPT_FAILED',
  'REPLY_RETRIED',
  'HIDE_REQUESTED',
  'PERSONAL_DATA_FOUND',
  'HIDDEN_ON_PLATFORM',
  'SHOWN_ON_PLATFORM',
] as const satisfies readonly AuditAction[];

/** One step in a conversation's log, as facts: the action and the parameters it uses (the others are null). */
export type ConversationAuditEntry = S['InboxAuditView'];
export type ConversationPermissions = S['InboxPermissions'];
/** Whether a reply of each visibility goes to a partner before it leaves. */
export type ApprovalNeeded = S['ApprovalNeeded'];
export type Conversation = S['Detail'];
export type InboxCounts = S['Counts'];

export interface InboxQuery {
  status: ConversationStatus[];
  teamId: number | null;
  accountId: number | null;
  /** `me`, `none`, a user id, or '' for anyone. */
  assignee: string;
  label: string;
  kind: ConversationKind | '';
  q: string;
  sort: 'oldest' | 'newest';
  page: number;
  size: number;
  /** Only the comment threads under this post of the publishing module (every status unless one is chosen). */
  post?: number | null;
}

export type CannedAnswer = S['CannedAnswer'];
/** An approver's change waiting for the author: who made it, and the wording it replaced. */
export type ProposedEdit = S['ProposedEdit'];
export type Approval = S['ApprovalView'];

/** Data of the inbox stream's `conversation` and `approval` events (server-sent, so not in the description). */
export interface InboxEvent {
  conversationId?: number;
  replyId?: number;
  teamId: number;
  status: string;
}

export type SimulatorState = S['SimulatorControllerState'];
export type SimulatedDelivery = S['Sent'];
export type WebChatInfo = S['ChatInfo'];
export type WebChatSession = S['SessionView'];
export type WebChatMessage = S['ChatMessage'];

/* Search */

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
export type SearchStatus = S['SearchStatus'];

/* Privacy: the access log, retention and data-subject requests (ADMIN and PRIVACY_OFFICER). */

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
export const RETENTION_CATEGORIES = ['PUBLIC_COMMENTS', 'PRIVATE_MESSAGES', 'CHAT_TRANSCRIPTS', 'FORUM'] as const satisfies readonly RetentionCategory[];
export type RetentionAction = S['RetentionAction'];
/** `months` null: kept for good. */
export type RetentionPolicy = S['RetentionPolicy'];
export type RetentionRunLine = S['PrivacyLine'];
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

/* The knowledge loop: questions taken from a conversation to the forum's experts */

export type ExpertQuestion = S['ExpertQuestionView'];
export type ExpertQuestionPreview = S['ExpertQuestionPreview'];
// publishing
export type PublishingPost = S['PostView'];
export type PostStatus = S['PostStatus'];
export type Wheel = S['Wheel'];
export type WheelTheme = S['ThemeView'];
export type PublishingCalendar = S['CalendarView'];
export type PublishingCalendarDays = S['CalendarDaysView'];
export type CalendarDay = S['CalendarDay'];
export type CalendarEntry = S['CalendarEntry'];
export type CalendarAccount = S['CalendarAccount'];
export type PublishingMeeting = S['MeetingView'];
export type PublishingCampaign = S['Campaign'];
export type Sponsorship = S['SponsorshipView'];
export type SponsorshipResultsImported = S['ResultsImported'];
// the blog
export type BlogSummary = S['BlogView'];
export type BlogPost = S['BlogPostView'];
export type BlogShare = S['BlogShareView'];
/* Events: nettprat, the idea box, hearings */

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
/** A change on the live stream: one question's, or a tick's approvals (`APPROVALS`, every question approved since the last). */
export type LiveChange = LiveQuestionChange | { kind: 'APPROVALS'; questions: LiveQuestionChange[] };

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

/* Archive */

export type ArchiveRecord = S['ArchiveRecordView'];
export type ArchiveRecordDetail = S['ArchiveRecordDetail'];
export type ArchiveRule = S['ArchiveRuleView'];
export type ArchiveRuleUpdate = S['ArchiveRuleUpdate'];
export type ArchiveExtract = S['ExtractView'];
export type ArchiveOverview = S['ArchiveOverview'];
export type ArchiveFilter = 'WAITING' | 'SENT' | 'FAILED' | 'ALL';
