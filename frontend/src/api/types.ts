/** The shapes the backend answers with (see the identity module's REST API). */

export const ROLES = ['EMPLOYEE', 'ADVISOR', 'EDITOR', 'MODERATOR', 'EXPERT', 'LEADER', 'ANALYST', 'PRIVACY_OFFICER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KINDS = ['NAV_OFFICE', 'CONTACT_CENTRE', 'COUNTY', 'DEPARTMENT'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Info {
  demo: boolean;
  oidcEnabled: boolean;
  version: string;
}

export interface UnitRef {
  id: number;
  name: string;
  kind: UnitKind;
}

export interface Unit extends UnitRef {
  parentId: number | null;
}

export interface Me {
  id: number;
  username: string;
  name: string;
  employeeId: string;
  email: string | null;
  unit: UnitRef | null;
  roles: Role[];
  mustChangePassword: boolean;
  authMethod: 'PASSWORD' | 'OIDC' | 'TOKEN';
}

export interface ApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface CreatedApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  token: string;
}

export interface User {
  id: number;
  username: string;
  name: string;
  employeeId: string;
  email: string | null;
  unit: UnitRef | null;
  roles: Role[];
  enabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
}

export interface PageOf<T> {
  items: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}

export interface NewUser {
  username: string;
  name: string;
  employeeId: string;
  email: string | null;
  unitId: number | null;
  roles: Role[];
  password: string;
}

export interface UserChanges {
  name: string;
  email: string | null;
  unitId: number | null;
  roles: Role[];
  enabled: boolean;
}

export interface UnitChanges {
  name: string;
  kind: UnitKind;
  parentId: number | null;
}

/** RFC 9457 problem details as the backend writes them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  field?: string;
  errors?: { field: string; detail: string }[];
}

/* Forum and dialogue (see docs/forum-api.md). */

export interface Person {
  id: number;
  name: string;
  unitName: string | null;
}

export type SpaceKind = 'TOPIC' | 'GROUP';
export type SpaceRole = 'MODERATOR' | 'EXPERT' | 'MEMBER';
export type StaffRole = 'MODERATOR' | 'EXPERT';

export interface SpaceSummary {
  id: number;
  kind: SpaceKind;
  name: string;
  description: string;
  open: boolean;
  membership: 'OPEN' | 'CLOSED';
  moderators: Person[];
  experts: Person[];
  memberCount: number;
  discussionCount: number;
  messageCount: number;
  lastActivityAt: string | null;
  myRole: SpaceRole | null;
  canPost: boolean;
  canModerate: boolean;
  canJoin: boolean;
}

export interface NewSpace {
  kind: SpaceKind;
  name: string;
  description: string;
  membership: 'OPEN' | 'CLOSED';
}

export interface StaffChanges {
  moderatorIds: number[];
  expertIds: number[];
}

export const DISCUSSION_STATUSES = ['OPEN', 'ANSWERED', 'VERIFIED'] as const;
export type DiscussionStatus = (typeof DISCUSSION_STATUSES)[number];

export interface DiscussionSummary {
  id: number;
  spaceId: number;
  title: string;
  author: Person;
  question: boolean;
  status: DiscussionStatus | null;
  messageCount: number;
  viewCount: number;
  createdAt: string;
  lastActivityAt: string;
  escalated: boolean;
}

export interface DiscussionQuery {
  status: DiscussionStatus | '';
  question: boolean;
  page: number;
  size: number;
}

export interface NewDiscussion {
  title: string;
  body: string;
  question: boolean;
  attachmentIds?: number[];
}

export const REACTIONS = ['HELPFUL', 'THANKS'] as const;
export type Reaction = (typeof REACTIONS)[number];

export interface Attachment {
  id: number;
  filename: string;
  contentType: string;
  size: number;
  url: string;
}

export interface Message {
  id: number;
  author: Person;
  authorRole: StaffRole | null;
  body: string;
  /** Sanitised by the server; the only HTML the front end ever inserts. */
  html: string;
  createdAt: string;
  editedAt: string | null;
  removed: boolean;
  removalReason: string | null;
  verified: boolean;
  reactions: Record<Reaction, number>;
  myReactions: string[];
  attachments: Attachment[];
  canEdit: boolean;
}

export interface DiscussionPermissions {
  canReply: boolean;
  canVerify: boolean;
  canModerate: boolean;
  canSeeBackOffice: boolean;
  canEscalate: boolean;
}

export interface Discussion extends DiscussionSummary {
  spaceName: string;
  spaceKind: SpaceKind;
  verifiedMessageId: number | null;
  following: boolean;
  messages: Message[];
  escalation: Escalation | null;
  permissions: DiscussionPermissions;
}

export const ESCALATION_STATES = ['RAISED', 'ACKNOWLEDGED', 'ANSWERED', 'CLOSED'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

export interface Escalation {
  id: number;
  discussionId: number;
  discussionTitle: string;
  spaceId: number;
  spaceName: string;
  department: { id: number; name: string };
  summary: string;
  state: EscalationState;
  raisedBy: Person;
  raisedAt: string;
  /** A date (YYYY-MM-DD). */
  deadline: string;
  overdue: boolean;
  acknowledgedAt: string | null;
  answeredAt: string | null;
  answer: string | null;
  answeredBy: Person | null;
  closedAt: string | null;
}

export interface NewEscalation {
  departmentId: number;
  summary: string;
  deadline: string | null;
}

export interface Report {
  id: number;
  messageId: number;
  discussionId: number;
  discussionTitle: string;
  spaceId: number;
  messageExcerpt: string;
  reason: string;
  reportedBy: Person;
  reportedAt: string;
  status: 'OPEN' | 'DISMISSED' | 'REMOVED';
  resolvedBy: Person | null;
  resolvedAt: string | null;
  resolution: string | null;
}

/** Named so it does not shadow the browser's own Notification. */
export interface ForumNotification {
  id: number;
  kind: 'NEW_MESSAGE' | 'ANSWER_VERIFIED' | 'ESCALATION_ANSWERED' | 'ESCALATION_RAISED';
  text: string;
  discussionId: number | null;
  createdAt: string;
  read: boolean;
}

export interface SpaceFigures {
  month: string;
  discussions: number;
  messages: number;
  views: number;
  uniqueReaders: number;
  uniqueContributors: number;
  /** A group's members and staff; for a topic everyone who read or wrote in it that month. */
  population: number;
  /** Shares of the population (0–1) who wrote ≥ 10, 1–9 and 0 posts in the month. */
  contributionSpread: { creators: number; contributors: number; lurkers: number };
}

/** An earlier text of an edited message. */
export interface Revision {
  body: string;
  editedAt: string;
  editedBy: Person;
}

export interface AuditEntry {
  id: number;
  actor: Person;
  action: string;
  target: string;
  detail: string;
  at: string;
}

/* Inbox, four-eyes approval, channels and web chat (see docs/inbox-api.md). */

export const PLATFORMS = ['FACEBOOK', 'INSTAGRAM', 'X', 'LINKEDIN', 'YOUTUBE', 'SNAPCHAT', 'BLOG', 'WEB_CHAT'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const CONNECTORS = ['WEB_CHAT', 'SIMULATOR', 'META'] as const;
export type Connector = (typeof CONNECTORS)[number];

export type AccountState = 'ACTIVE' | 'RECONNECT_NEEDED' | 'DISABLED';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpeningHours {
  days: Weekday[];
  /** Local time, HH:mm. */
  opens: string;
  closes: string;
  zone: string;
}

export interface Ref {
  id: number;
  name: string;
}

/** A space as search results name it. */
export interface SpaceRef {
  id: number;
  name: string;
}

/** What a member does in a team: advisors answer citizens, editors publish; both check each other's texts. */
export type TeamRole = 'ADVISOR' | 'EDITOR';

export interface TeamMember extends Person {
  role: TeamRole;
}

export interface Team extends Ref {
  unit: Ref | null;
  members: TeamMember[];
}

export interface Account {
  id: number;
  platform: Platform;
  name: string;
  handle: string;
  team: Ref;
  connector: Connector;
  state: AccountState;
  openingHours: OpeningHours;
  responseTargetMinutes: number;
  privateRepliesNeedApproval: boolean;
  capabilities: string[];
  openNow: boolean;
}

/** How an account is connected to Meta; the token is never sent back. */
export type MetaPageKind = 'FACEBOOK_PAGE' | 'INSTAGRAM';

export interface MetaConnection {
  pageId: string | null;
  kind: MetaPageKind | null;
  connected: boolean;
  lastCheckedAt: string | null;
  state: AccountState;
}

export interface Figure {
  objectId: string;
  objectKind: 'PAGE' | 'POST';
  metric: string;
  /** ISO date. */
  date: string;
  value: number;
}

export interface AccountFigures {
  accountId: number;
  from: string;
  to: string;
  figures: Figure[];
}

export type ApprovalState = 'PENDING' | 'APPROVED' | 'REJECTED';

/** A post the platform publishes at a chosen time, once another member of the account's team approved it. */
export interface ScheduledPost {
  id: number;
  accountId: number;
  /** The team whose members approve it: the account's. */
  teamId: number;
  accountName: string;
  platform: Platform;
  message: string;
  publishAt: string;
  approvalState: ApprovalState;
  /** Null for a post scheduled before posts were reviewed. */
  author: Person | null;
  approver: Person | null;
  decidedAt: string | null;
  rejectionComment: string | null;
  canApprove: boolean;
  /** Its delivery to the platform, once approved; null before. */
  state: 'PENDING' | 'IN_FLIGHT' | 'SENT' | 'FAILED' | null;
  postId: string | null;
  lastError: string | null;
  attempts: number;
}

export interface AccountChanges {
  platform: Platform;
  name: string;
  handle: string;
  teamId: number | null;
  connector: Connector;
  openingHours: OpeningHours;
  responseTargetMinutes: number;
  privateRepliesNeedApproval: boolean;
}

export const CONVERSATION_STATUSES = ['NEW', 'IN_PROGRESS', 'AWAITING_APPROVAL', 'ANSWERED', 'CLOSED'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export type Visibility = 'PUBLIC' | 'PRIVATE';
export type ConversationKind = Visibility;

export interface AccountRef extends Ref {
  platform: Platform;
}

export interface Sla {
  responseTargetMinutes: number;
  dueAt: string | null;
  overdue: boolean;
  minutesToFirstResponse: number | null;
  minutesOpen: number;
}

export interface ConversationSummary {
  id: number;
  account: AccountRef;
  team: Ref;
  kind: ConversationKind;
  status: ConversationStatus;
  /** Null when the first message has no text (removed on its platform, or erased). */
  subject: string | null;
  /** `name` is null once erased. */
  correspondent: { name: string | null; externalId: string };
  assignee: Person | null;
  labels: string[];
  messageCount: number;
  openedAt: string;
  lastInboundAt: string;
  lastActivityAt: string;
  firstResponseAt: string | null;
  closedAt: string | null;
  sla: Sla;
  /** A citizen shared an identity number here; the comment was hidden on the platform. */
  personalData: boolean;
}

export interface InboxMessage {
  id: number;
  direction: 'IN' | 'OUT';
  visibility: Visibility;
  /** Null once erased. */
  authorName: string | null;
  author: Person | null;
  /** Null once erased; empty when removed on its platform. */
  body: string | null;
  createdAt: string;
  externalId: string | null;
  replyId: number | null;
  /** Kinds of personal data masked in `body` (e.g. `national-id`); reveal with a reason to see them. */
  masked: string[];
  /** Samtale hid this comment on the platform because it held an identity number. */
  hiddenOnPlatform: boolean;
  /** Removed on its platform; no text is kept. */
  removedOnPlatform: boolean;
}

export type ReplyStatus = 'AWAITING_APPROVAL' | 'REJECTED' | 'APPROVED' | 'SENT' | 'FAILED';

export interface Reply {
  id: number;
  conversationId: number;
  /** Null for a reply Samtale proposed itself. */
  author: Person | null;
  /** Null once forgotten by retention or erasure. */
  body: string | null;
  visibility: Visibility;
  status: ReplyStatus;
  createdAt: string;
  approver: Person | null;
  decidedAt: string | null;
  rejectionComment: string | null;
  /** The wording is not the author's own: a partner's edit, waiting or accepted. */
  edited: boolean;
  delivery: { attempts: number; lastError: string | null; sentAt: string | null; nextAttemptAt: string | null };
  canApprove: boolean;
  canEdit: boolean;
  canRetry: boolean;
  /** Kinds of identity number in the text: only a private reply may hold one, and the page warns. */
  personalData: string[];
  /** A partner changed the wording; it waits for the author to accept it or reword. */
  proposedEdit: ProposedEdit | null;
  canAcceptEdit: boolean;
}

export interface Note {
  id: number;
  author: Person;
  body: string;
  createdAt: string;
}

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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One step in a conversation's log, as facts: the action and the parameters it uses (the others are null). */
export interface ConversationAuditEntry {
  id: number;
  /** Null: Samtale itself or the platform. */
  actor: Person | null;
  action: AuditAction;
  at: string;
  replyId: number | null;
  visibility: Visibility | null;
  fromStatus: ConversationStatus | null;
  toStatus: ConversationStatus | null;
  /** The person it concerns (the new assignee); null for ASSIGNED: nobody has it now. */
  user: Person | null;
  noteId: number | null;
  labels: string[] | null;
  attempt: number | null;
  /** The platform's own message. */
  error: string | null;
}

export interface ConversationPermissions {
  canReply: boolean;
  canReplyPrivately: boolean;
  canAssign: boolean;
  canClose: boolean;
  canReopen: boolean;
  /** May unmask personal data (an advisor of the team), with a reason that is logged. */
  canReveal: boolean;
  /** On the team that answers the account; an admin off it may read but not write. */
  memberOfTeam: boolean;
}

/** Whether a reply of each visibility goes to a partner before it leaves. */
export interface ApprovalNeeded {
  publicReply: boolean;
  privateReply: boolean;
}

export interface Conversation extends ConversationSummary {
  context: { externalId: string; text: string; url: string | null } | null;
  messages: InboxMessage[];
  replies: Reply[];
  notes: Note[];
  audit: ConversationAuditEntry[];
  permissions: ConversationPermissions;
  approvalNeeded: ApprovalNeeded;
}

export interface InboxCounts {
  byStatus: Partial<Record<ConversationStatus, number>>;
  awaitingMyApproval: number;
  assignedToMe: number;
}

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
}

export interface CannedAnswer {
  id: number;
  teamId: number;
  title: string;
  body: string;
}

/** An approver's change waiting for the author: who made it, and the wording it replaced. */
export interface ProposedEdit {
  by: Person | null;
  previousBody: string | null;
}

export interface Approval {
  /** The reply's id. */
  id: number;
  approvalId: number;
  kind: 'REPLY';
  conversationId: number;
  conversationSubject: string | null;
  account: AccountRef;
  team: Ref;
  /** Null for a reply Samtale proposed itself. */
  author: Person | null;
  /** Null once forgotten by retention or erasure. */
  body: string | null;
  visibility: Visibility;
  submittedAt: string;
  canApprove: boolean;
  personalData: string[];
  proposedEdit: ProposedEdit | null;
  /** The author, when a partner's edit waits for them. */
  canAcceptEdit: boolean;
}

/** Data of the inbox stream's `conversation` and `approval` events. */
export interface InboxEvent {
  conversationId?: number;
  replyId?: number;
  teamId: number;
  status: string;
}

export interface SimulatorState {
  ratePerMinute: number;
  privateShare: number;
  generated: number;
  repliesReceived: number;
}

export interface SimulatedDelivery {
  action: string;
  target: string;
  body: string;
  at: string;
}

export interface WebChatInfo {
  accountId: number;
  name: string;
  openNow: boolean;
  /** The zone is left out by some servers; Europe/Oslo is meant. */
  openingHours: Omit<OpeningHours, 'zone'> & { zone?: string };
  /** When the chat opens next, if the server says (it knows holidays; the page works it out otherwise). */
  nextOpening?: string | null;
  expectedWaitMinutes: number | null;
  queueLength: number;
  session: WebChatSession | null;
}

export interface WebChatSession {
  id: string | number;
  startedAt: string;
}

export interface WebChatMessage {
  id: number | string;
  from: 'CITIZEN' | 'ADVISOR';
  author: string | null;
  body: string;
  at: string;
}

/** An earlier discussion like the question being written, best first. */
export interface SimilarQuestion {
  id: number;
  title: string;
  space: SpaceRef;
  verified: boolean;
  score: number;
  source: 'FORUM' | 'INBOX';
}

/** One search result; titleHtml and snippetHtml are escaped text with <mark> around matched words. */
export interface SearchHit {
  source: 'FORUM' | 'INBOX';
  id: number;
  title: string;
  titleHtml: string;
  snippetHtml: string;
  space: SpaceRef;
  kind: string;
  status: DiscussionStatus | null;
  verified: boolean;
  createdAt: string;
  score: number;
}

export interface SearchParams {
  q: string;
  space: string;
  kind: string;
  status: string;
  verified: string;
  from: string;
  to: string;
  sort: string;
  page: number;
}

export interface SynonymGroup {
  id: number;
  words: string[];
  updatedAt: string;
}

export interface SearchStatus {
  documents: number;
  rebuilding: boolean;
  lastRebuild: { finishedAt: string; documents: number; messages: number; millis: number } | null;
}

// Privacy: the access log, retention and data-subject requests (ADMIN and PRIVACY_OFFICER).

export const ACCESS_ACTIONS = ['VIEW', 'REVEAL', 'FIND', 'EXPORT', 'ERASE'] as const;
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

export interface AccessEntry {
  id: number;
  at: string;
  userId: number;
  username: string;
  action: AccessAction;
  subjectKind: string;
  subjectId: string;
  purpose: string | null;
}

export const RETENTION_CATEGORIES = ['PUBLIC_COMMENTS', 'PRIVATE_MESSAGES', 'CHAT_TRANSCRIPTS', 'FORUM'] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];
export type RetentionAction = 'DELETE' | 'ANONYMISE';

export interface RetentionPolicy {
  category: RetentionCategory;
  /** null: kept for good. */
  months: number | null;
  action: RetentionAction;
  updatedAt: string | null;
  updatedBy: number | null;
}

export interface RetentionRunLine {
  category: RetentionCategory;
  target: string;
  cutoff: string;
  action: RetentionAction;
  records: number;
  error: string | null;
}

export interface RetentionRun {
  id: number | null;
  startedAt: string;
  dryRun: boolean;
  /** null when the nightly task ran it. */
  triggeredBy: number | null;
  /** Who started it by hand, by name; null for the nightly task (older servers leave it out). */
  startedBy?: Person | null;
  records: number;
  lines: RetentionRunLine[];
}

/** One external person: a platform id (with its platform, when known) or the name they use there. */
export interface DataSubject {
  platform: string | null;
  externalId: string | null;
  name: string | null;
}

export interface SubjectQuery {
  platform: string;
  externalId: string;
  name: string;
  reason: string;
}

export interface SubjectRecord {
  source: string;
  id: string;
  at: string | null;
  fields: Record<string, unknown>;
}

export interface SubjectFindings {
  fingerprint: string;
  records: number;
  /** Records per module holding them (inbox, channels, …). */
  sources: Record<string, SubjectRecord[]>;
}

export type ErasureState = 'PENDING' | 'ERASED' | 'REJECTED';

export interface Erasure {
  id: number;
  /** null once erased: the audit record keeps only the fingerprint. */
  subject: DataSubject | null;
  fingerprint: string;
  reason: string;
  state: ErasureState;
  requestedBy: Person;
  requestedAt: string;
  decidedBy: Person | null;
  decidedAt: string | null;
  decisionComment: string | null;
  erasedRecords: number | null;
  canDecide: boolean;
}
