import type { Account, Approval, Conversation, ConversationAuditEntry, ConversationSummary, Me, Reply, Team } from '../api/types';
import { employee, json, sessionRoutes, type Handler } from './fakeServer';

/** Kari (the signed-in advisor in most tests) and Ola are partners on the NAV Foreldrepenger team. */
export const kari = { id: 2, name: 'Kari Nordmann', unitName: 'NAV Kontaktsenter Hordaland' };
export const ola = { id: 3, name: 'Ola Veileder', unitName: 'NAV Kontaktsenter Hordaland' };
export const advisor: Me = employee;

export const team: Team = {
  id: 1,
  name: 'NAV Foreldrepenger',
  unit: { id: 5, name: 'NAV Kontaktsenter Hordaland' },
  members: [
    { ...kari, role: 'ADVISOR' },
    { ...ola, role: 'ADVISOR' },
  ],
};

export const account: Account = {
  id: 7,
  platform: 'FACEBOOK',
  name: 'NAV Foreldrepenger',
  handle: '@navforeldrepenger',
  team: { id: 1, name: 'NAV Foreldrepenger' },
  connector: 'SIMULATOR',
  state: 'ACTIVE',
  openingHours: { days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], opens: '09:00', closes: '15:00', zone: 'Europe/Oslo' },
  responseTargetMinutes: 120,
  privateRepliesNeedApproval: true,
  capabilities: ['RECEIVE', 'REPLY', 'REPLY_PRIVATELY'],
  unavailable: [],
  tokenHealth: null,
  budget: null,
  openNow: true,
};

/** A summary whose subject is there (most tests find the conversation by it). */
type WithSubject = ConversationSummary & { subject: string };

export const summary: WithSubject = {
  id: 40,
  account: { id: 7, name: 'NAV Foreldrepenger', platform: 'FACEBOOK' },
  team: { id: 1, name: 'NAV Foreldrepenger' },
  kind: 'PUBLIC',
  status: 'NEW',
  subject: 'Når kommer utbetalingen av foreldrepenger?',
  correspondent: { name: 'Siri Hansen', externalId: 'fb-123' },
  assignee: null,
  labels: ['foreldrepenger'],
  messageCount: 1,
  openedAt: '2025-03-03T08:00:00Z',
  waitingSince: '2025-03-03T08:00:00Z',
  lastInboundAt: '2025-03-03T08:00:00Z',
  lastActivityAt: '2025-03-03T08:00:00Z',
  firstResponseAt: null,
  closedAt: null,
  sla: { responseTargetMinutes: 120, dueAt: '2025-03-03T10:00:00Z', overdue: true, minutesToFirstResponse: null, minutesOpen: 185 },
  personalData: false,
};

export const calmSummary: WithSubject = {
  ...summary,
  id: 41,
  kind: 'PRIVATE',
  status: 'IN_PROGRESS',
  subject: 'Engangsstønad og adopsjon',
  correspondent: { name: 'Per Olsen', externalId: 'fb-456' },
  assignee: kari,
  labels: [],
  sla: { ...summary.sla, overdue: false, minutesOpen: 30 },
};

export function reply(id: number, overrides: Partial<Reply>): Reply {
  return {
    id,
    conversationId: 40,
    author: ola,
    body: 'Hei Siri! Utbetalingen kommer innen den 25.',
    visibility: 'PUBLIC',
    status: 'AWAITING_APPROVAL',
    createdAt: '2025-03-03T09:00:00Z',
    approver: null,
    decidedAt: null,
    rejectionComment: null,
    edited: false,
    delivery: { attempts: 0, lastError: null, lastErrorCode: null, sentAt: null, nextAttemptAt: null },
    canApprove: false,
    canEdit: false,
    canRetry: false,
    personalData: [],
    proposedEdit: null,
    canAcceptEdit: false,
    ...overrides,
  };
}

/** A log entry with no parameters but those given. */
export function auditEntry(id: number, overrides: Partial<ConversationAuditEntry>): ConversationAuditEntry {
  return {
    id,
    actor: null,
    action: 'RECEIVED',
    at: '2025-03-03T09:00:00Z',
    replyId: null,
    visibility: null,
    fromStatus: null,
    toStatus: null,
    user: null,
    noteId: null,
    labels: null,
    attempt: null,
    error: null,
    ...overrides,
  };
}

export const conversation: Conversation = {
  ...summary,
  status: 'AWAITING_APPROVAL',
  context: { externalId: 'post-1', text: 'Nå kan du søke om foreldrepenger digitalt.', postId: null },
  messages: [
    {
      id: 1,
      direction: 'IN',
      visibility: 'PUBLIC',
      authorName: 'Siri Hansen',
      author: null,
      body: 'Når kommer utbetalingen av foreldrepenger?',
      createdAt: '2025-03-03T08:00:00Z',
      externalId: 'c-1',
      replyId: null,
      masked: [],
      hiddenOnPlatform: false,
      removedOnPlatform: false,
    },
    {
      id: 2,
      direction: 'OUT',
      visibility: 'PUBLIC',
      authorName: 'NAV',
      author: ola,
      body: 'Vi ser på saken.',
      createdAt: '2025-03-03T08:30:00Z',
      externalId: 'c-2',
      replyId: 90,
      masked: [],
      hiddenOnPlatform: false,
      removedOnPlatform: false,
    },
  ],
  replies: [
    reply(91, { canApprove: true }),
    reply(92, { author: kari, body: 'Mitt utkast.', canEdit: true }),
    reply(93, { author: kari, body: 'For lang.', status: 'REJECTED', approver: ola, decidedAt: '2025-03-03T09:10:00Z', rejectionComment: 'Kortere, takk.', canEdit: true }),
    reply(94, {
      body: 'Svar som ikke kom fram.',
      status: 'FAILED',
      approver: kari,
      decidedAt: '2025-03-03T09:20:00Z',
      delivery: { attempts: 5, lastError: 'Facebook svarte 500', lastErrorCode: 'PLATFORM_UNAVAILABLE', sentAt: null, nextAttemptAt: null },
      canRetry: true,
    }),
  ],
  notes: [{ id: 1, author: ola, body: 'Sjekk vedtaket først.', createdAt: '2025-03-03T08:40:00Z' }],
  audit: [
    auditEntry(1, { action: 'RECEIVED', visibility: 'PUBLIC', at: '2025-03-03T08:00:00Z' }),
    auditEntry(2, { actor: ola, action: 'REPLY_DRAFTED', replyId: 91, visibility: 'PUBLIC' }),
  ],
  permissions: { canReply: true, canReplyPrivately: true, canAssign: true, canClose: false, canReopen: false, canReveal: true, memberOfTeam: true },
  approvalNeeded: { publicReply: true, privateReply: true },
  expertQuestion: null,
  unavailable: [],
};

export const approval = (id: number, overrides: Partial<Approval> = {}): Approval => ({
  id,
  kind: 'REPLY',
  conversationId: 40,
  conversationSubject: summary.subject,
  account: summary.account,
  team: summary.team,
  author: ola,
  body: 'Hei Siri! Utbetalingen kommer innen den 25.',
  visibility: 'PUBLIC',
  submittedAt: '2025-03-03T09:00:00Z',
  canApprove: true,
  approvalId: 500 + id,
  personalData: [],
  proposedEdit: null,
  canAcceptEdit: false,
  forYou: false,
  ...overrides,
});

export const pageOf = <T>(items: T[], totalElements = items.length) =>
  json({ items, page: 0, size: 25, totalElements, totalPages: Math.max(1, Math.ceil(totalElements / 25)) });

/** The session plus what every inbox page asks for around its own data. */
export function inboxRoutes(me: Me, routes: Record<string, Handler>): Record<string, Handler> {
  return {
    ...sessionRoutes(me),
    'GET /api/v1/notifications/unread-count': () => json({ count: 0 }),
    'GET /api/v1/inbox/counts': () => json({ byStatus: { NEW: 4, IN_PROGRESS: 2, AWAITING_APPROVAL: 1, ANSWERED: 9, CLOSED: 30 }, awaitingMyApproval: 3, assignedToMe: 2 }),
    'GET /api/v1/teams': () => json([team]),
    'GET /api/v1/teams/duty/now': () => json([]),
    'POST /api/v1/inbox/conversations/40/presence': () => json({ others: [] }),
    'DELETE /api/v1/inbox/conversations/40/presence': () => new Response(null, { status: 204 }),
    'GET /api/v1/channels/scheduled-posts/awaiting-approval': () => json([]),
    'GET /api/v1/channels/accounts': () => json([account]),
    'GET /api/v1/inbox/labels': () => json(['foreldrepenger', 'engangsstonad']),
    'GET /api/v1/inbox/teams/1/canned-answers': () =>
      json([{ id: 1, teamId: 1, title: 'Utbetaling', body: 'Hei {navn}! Vi svarer her for {konto}. Hilsen {veileder}' }]),
    ...routes,
  };
}
