/** The inbox, four-eyes approval, channels, teams and web chat, and the knowledge loop. Aliases onto `schema.ts`, as `types.ts` says. */
import type { components } from './schema';

type S = components['schemas'];

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
/** A space as search results name it. */
export type SpaceRef = S['SpaceRef'];
/** What a member does in a team: advisors answer citizens, editors publish; both check each other's texts. */
export type TeamRole = S['TeamRole'];
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

/** One step in a conversation's log, as facts: the action and the parameters it uses (the others are null). */
export type ConversationAuditEntry = S['InboxAuditView'];
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

/** A team's duty roster for one week, a shift in it, and who is on duty now per team (inbox header). */
export type DutyWeek = S['WeekView'];
export type DutyShift = S['ShiftView'];
export type DutyNow = S['NowView'];
/** Who else has a conversation open, and whether they are writing. */
export type OthersHere = S['OthersHere'];

/* The knowledge loop: questions taken from a conversation to the forum's experts */

export type ExpertQuestionPreview = S['ExpertQuestionPreview'];
