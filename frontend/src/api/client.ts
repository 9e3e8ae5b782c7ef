import type {
  Account,
  AccountChanges,
  AccountFigures,
  MetaConnection,
  MetaPageKind,
  ScheduledPost,
  ApiToken,
  Approval,
  CannedAnswer,
  Conversation,
  ConversationStatus,
  ConversationSummary,
  InboxCounts,
  InboxQuery,
  Note,
  Reply,
  SimulatedDelivery,
  SimulatorState,
  Team,
  Visibility,
  WebChatInfo,
  WebChatMessage,
  WebChatSession,
  AccessEntry,
  AccessLogQuery,
  Erasure,
  RetentionAction,
  RetentionCategory,
  RetentionPolicy,
  RetentionRun,
  SubjectFindings,
  SubjectQuery,
  Attachment,
  AuditEntry,
  CreatedApiToken,
  Discussion,
  DiscussionQuery,
  DiscussionSummary,
  Escalation,
  EscalationState,
  ForumNotification,
  Info,
  Me,
  Message,
  NewDiscussion,
  NewEscalation,
  NewSpace,
  NewUser,
  PageOf,
  SearchHit,
  SearchParams,
  SearchStatus,
  SimilarQuestion,
  SynonymGroup,
  Person,
  Problem,
  Reaction,
  Report,
  Revision,
  Role,
  SpaceFigures,
  SpaceSummary,
  StaffChanges,
  Unit,
  UnitChanges,
  User,
  UserChanges,
} from './types';

export const PROBLEM_BAD_CREDENTIALS = 'urn:samtale:problem:bad-credentials';
export const PROBLEM_ACCOUNT_LOCKED = 'urn:samtale:problem:account-locked';
export const PROBLEM_RATE_LIMITED = 'urn:samtale:problem:rate-limited';
export const PROBLEM_UNAVAILABLE = 'urn:samtale:problem:unavailable';
export const PROBLEM_TOO_LARGE = 'urn:samtale:problem:payload-too-large';
export const PROBLEM_TOPIC_NOT_STAFFED = 'urn:samtale:problem:topic-not-staffed';
export const PROBLEM_CONVERSATION_CLOSED = 'urn:samtale:problem:conversation-closed';
export const PROBLEM_OWN_APPROVAL = 'urn:samtale:problem:own-approval';
export const PROBLEM_APPROVAL_DECIDED = 'urn:samtale:problem:approval-decided';
export const PROBLEM_CHAT_SESSION_EXPIRED = 'urn:samtale:problem:chat-session-expired';

/** A failed call, carrying the server's problem details and its errors per field. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly detail: string | undefined;
  readonly fieldErrors: Record<string, string>;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type ?? 'about:blank';
    this.detail = problem.detail;
    this.fieldErrors = Object.fromEntries((problem.errors ?? []).map((e) => [e.field, e.detail]));
    // A rule broken by one field (409 topic-not-staffed, 400 departmentId) names it at the top level.
    if (problem.field && problem.detail && !(problem.field in this.fieldErrors)) this.fieldErrors[problem.field] = problem.detail;
  }
}

let onUnauthorized: () => void = () => {};

/** Lets the session drop to the login page when a call finds the session gone. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

export function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

// The token changes at login, so it is read from the cookie on every call, never cached.
async function csrfHeader(): Promise<Record<string, string>> {
  let token = readCookie('XSRF-TOKEN');
  if (token === null) {
    await fetch('/api/v1/info', { credentials: 'same-origin' });
    token = readCookie('XSRF-TOKEN');
  }
  return token === null ? {} : { 'X-XSRF-TOKEN': token };
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function request<T>(method: Method, url: string, body?: unknown, quiet401 = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  let payload: BodyInit | undefined;
  if (method !== 'GET') Object.assign(headers, await csrfHeader());
  if (body instanceof FormData) {
    // The browser writes the multipart Content-Type with its boundary itself.
    payload = body;
  } else if (body instanceof URLSearchParams) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  if (!response.ok) {
    if (response.status === 401 && !quiet401) onUnauthorized();
    throw new ApiError(response.status, await readProblem(response));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const text = await response.text();
    return text ? (JSON.parse(text) as Problem) : { status: response.status };
  } catch {
    return { status: response.status };
  }
}

const get = <T>(url: string) => request<T>('GET', url);

type QueryValue = string | number | boolean | null | undefined;

/** A query string from the values that are set; empty strings and nulls are left out, lists repeat the key. */
function query(values: Record<string, QueryValue | readonly QueryValue[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== null && one !== undefined && one !== '') params.append(key, String(one));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const forum = '/api/v1';
const inbox = '/api/v1/inbox';
const channels = '/api/v1/channels';
const privacy = '/api/v1/privacy';
const webchat = (accountId: number) => `/api/v1/webchat/${accountId}`;

/** The citizen's web chat: no employee login, so a 401 means the chat session expired, not a logout. */
const citizen = <T>(method: Method, url: string, body?: unknown) => request<T>(method, url, body, true);

export const api = {
  info: () => get<Info>('/api/v1/info'),

  /** The signed-in user, or null when nobody is signed in. */
  async me(): Promise<Me | null> {
    try {
      return await request<Me>('GET', '/api/v1/me', undefined, true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },

  login: (username: string, password: string) =>
    request<{ username: string }>('POST', '/login', new URLSearchParams({ username, password }), true),
  logout: () => request<void>('POST', '/logout'),

  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('POST', '/api/v1/me/password', { currentPassword, newPassword }),
  tokens: () => get<ApiToken[]>('/api/v1/me/tokens'),
  createToken: (name: string, expiresInDays: number | null) =>
    request<CreatedApiToken>('POST', '/api/v1/me/tokens', { name, expiresInDays }),
  revokeToken: (id: number) => request<void>('DELETE', `/api/v1/me/tokens/${id}`),

  units: () => get<Unit[]>('/api/v1/units'),
  roles: () => get<Role[]>('/api/v1/roles'),

  users: (page: number, size: number, q: string) =>
    get<PageOf<User>>(`/api/v1/admin/users?${new URLSearchParams({ page: String(page), size: String(size), q })}`),
  createUser: (user: NewUser) => request<User>('POST', '/api/v1/admin/users', user),
  updateUser: (id: number, changes: UserChanges) => request<User>('PUT', `/api/v1/admin/users/${id}`, changes),
  unlockUser: (id: number) => request<User>('POST', `/api/v1/admin/users/${id}/unlock`),
  resetPassword: (id: number, newPassword: string) =>
    request<void>('POST', `/api/v1/admin/users/${id}/password`, { newPassword }),
  createUnit: (unit: UnitChanges) => request<Unit>('POST', '/api/v1/admin/units', unit),
  updateUnit: (id: number, unit: UnitChanges) => request<Unit>('PUT', `/api/v1/admin/units/${id}`, unit),

  spaces: () => get<PageOf<SpaceSummary>>(`${forum}/spaces${query({ page: 0, size: 100 })}`),
  space: (id: number) => get<SpaceSummary>(`${forum}/spaces/${id}`),
  joinSpace: (id: number, userId: number) => request<void>('POST', `${forum}/spaces/${id}/members`, { userId }),
  addMember: (id: number, userId: number) => request<void>('POST', `${forum}/spaces/${id}/members`, { userId }),
  removeMember: (id: number, userId: number) => request<void>('DELETE', `${forum}/spaces/${id}/members/${userId}`),
  members: (id: number, page: number) => get<PageOf<Person>>(`${forum}/spaces/${id}/members${query({ page, size: 50 })}`),
  createSpace: (space: NewSpace) => request<SpaceSummary>('POST', `${forum}/spaces`, space),
  setStaff: (id: number, staff: StaffChanges) => request<SpaceSummary>('PUT', `${forum}/spaces/${id}/staff`, staff),
  openSpace: (id: number) => request<SpaceSummary>('POST', `${forum}/spaces/${id}/open`),
  audit: (id: number, page: number) => get<PageOf<AuditEntry>>(`${forum}/spaces/${id}/audit${query({ page, size: 20 })}`),
  discussions: (spaceId: number, q: DiscussionQuery) =>
    get<PageOf<DiscussionSummary>>(
      `${forum}/spaces/${spaceId}/discussions${query({ status: q.status, question: q.question || null, page: q.page, size: q.size })}`,
    ),
  createDiscussion: (spaceId: number, discussion: NewDiscussion) =>
    request<Discussion>('POST', `${forum}/spaces/${spaceId}/discussions`, discussion),
  figures: (spaceId: number, month: string) => get<SpaceFigures>(`${forum}/spaces/${spaceId}/figures${query({ month })}`),

  discussion: (id: number) => get<Discussion>(`${forum}/discussions/${id}`),
  reply: (discussionId: number, body: string, attachmentIds: number[] = []) =>
    request<Message>('POST', `${forum}/discussions/${discussionId}/messages`, attachmentIds.length ? { body, attachmentIds } : { body }),
  revisions: (messageId: number) => get<Revision[]>(`${forum}/messages/${messageId}/revisions`),
  uploadAttachment(file: File) {
    const form = new FormData();
    form.append('file', file);
    return request<Attachment>('POST', `${forum}/attachments`, form);
  },
  editMessage: (id: number, body: string) => request<Message>('PUT', `${forum}/messages/${id}`, { body }),
  removeMessage: (id: number, reason: string) => request<Message>('POST', `${forum}/messages/${id}/removal`, { reason }),
  react: (id: number, reaction: Reaction, on: boolean) =>
    request<Message>(on ? 'PUT' : 'DELETE', `${forum}/messages/${id}/reactions/${reaction}`),
  reportMessage: (id: number, reason: string) => request<Report>('POST', `${forum}/messages/${id}/reports`, { reason }),
  verifyAnswer: (discussionId: number, messageId: number) =>
    request<Discussion>('POST', `${forum}/discussions/${discussionId}/verified-answer`, { messageId }),
  unverifyAnswer: (discussionId: number) => request<Discussion>('DELETE', `${forum}/discussions/${discussionId}/verified-answer`),
  follow: (discussionId: number, on: boolean) =>
    request<void>(on ? 'PUT' : 'DELETE', `${forum}/discussions/${discussionId}/following`),
  backOffice: (discussionId: number) => get<Message[]>(`${forum}/discussions/${discussionId}/back-office`),
  addBackOfficeNote: (discussionId: number, body: string) =>
    request<Message>('POST', `${forum}/discussions/${discussionId}/back-office`, { body }),
  escalate: (discussionId: number, escalation: NewEscalation) =>
    request<Escalation>('POST', `${forum}/discussions/${discussionId}/escalations`, escalation),

  escalations: (state: EscalationState | '', page: number) =>
    get<PageOf<Escalation>>(`${forum}/escalations${query({ state, page, size: 20 })}`),
  acknowledgeEscalation: (id: number) => request<Escalation>('POST', `${forum}/escalations/${id}/acknowledge`),
  answerEscalation: (id: number, answer: string) => request<Escalation>('POST', `${forum}/escalations/${id}/answer`, { answer }),
  closeEscalation: (id: number) => request<Escalation>('POST', `${forum}/escalations/${id}/close`),

  openReports: (page: number) => get<PageOf<Report>>(`${forum}/moderation/reports${query({ status: 'OPEN', page, size: 20 })}`),
  resolveReport: (id: number, action: 'DISMISS' | 'REMOVE', reason: string) =>
    request<Report>('POST', `${forum}/moderation/reports/${id}/resolve`, { action, reason }),

  notifications: () => get<PageOf<ForumNotification>>(`${forum}/notifications${query({ page: 0, size: 10 })}`),
  unreadCount: () => get<{ count: number }>(`${forum}/notifications/unread-count`),
  markNotificationRead: (id: number) => request<void>('POST', `${forum}/notifications/${id}/read`),
  markAllNotificationsRead: () => request<void>('POST', `${forum}/notifications/read-all`),

  inboxConversations: (q: InboxQuery) =>
    get<PageOf<ConversationSummary>>(
      `${inbox}/conversations${query({
        status: q.status,
        teamId: q.teamId,
        accountId: q.accountId,
        assignee: q.assignee,
        label: q.label,
        kind: q.kind,
        q: q.q.trim(),
        sort: q.sort,
        page: q.page,
        size: q.size,
      })}`,
    ),
  inboxCounts: () => get<InboxCounts>(`${inbox}/counts`),
  conversation: (id: number) => get<Conversation>(`${inbox}/conversations/${id}`),
  assign: (id: number, userId: number | null) => request<Conversation>('POST', `${inbox}/conversations/${id}/assignee`, { userId }),
  setConversationStatus: (id: number, status: Extract<ConversationStatus, 'IN_PROGRESS' | 'CLOSED' | 'NEW'>) =>
    request<Conversation>('POST', `${inbox}/conversations/${id}/status`, { status }),
  setLabels: (id: number, labels: string[]) => request<Conversation>('PUT', `${inbox}/conversations/${id}/labels`, { labels }),
  addNote: (id: number, body: string) => request<Note>('POST', `${inbox}/conversations/${id}/notes`, { body }),
  revealMessage: (conversationId: number, messageId: number, reason: string) =>
    request<{ id: number; body: string }>('POST', `${inbox}/conversations/${conversationId}/messages/${messageId}/reveal`, { reason }),
  /** What the server's personal-data detector finds in a text; open to the citizens' chat too. */
  scanPersonalData: (text: string) =>
    request<{ findings: { type: string; start: number; end: number }[] }>('POST', '/api/v1/privacy/scan', { text }),
  draftReply: (id: number, body: string, visibility: Visibility) =>
    request<Reply>('POST', `${inbox}/conversations/${id}/replies`, { body, visibility }),
  editReply: (id: number, body: string) => request<Reply>('PUT', `${inbox}/replies/${id}`, { body }),
  retryReply: (id: number) => request<Reply>('POST', `${inbox}/replies/${id}/retry`),
  inboxLabels: () => get<string[]>(`${inbox}/labels`),
  cannedAnswers: (teamId: number) => get<CannedAnswer[]>(`${inbox}/teams/${teamId}/canned-answers`),
  createCannedAnswer: (teamId: number, answer: { title: string; body: string }) =>
    request<CannedAnswer>('POST', `${inbox}/teams/${teamId}/canned-answers`, answer),
  updateCannedAnswer: (id: number, answer: { title: string; body: string }) =>
    request<CannedAnswer>('PUT', `${inbox}/canned-answers/${id}`, answer),
  deleteCannedAnswer: (id: number) => request<void>('DELETE', `${inbox}/canned-answers/${id}`),

  approvals: (teamId: number | null, page: number) => get<PageOf<Approval>>(`/api/v1/approvals${query({ teamId, page, size: 20 })}`),
  /** Approves a reply; with `body` the approver's edit replaces the text (and is recorded). */
  approve: (replyId: number, body?: string) =>
    request<Reply>('POST', `/api/v1/approvals/${replyId}/approve`, body === undefined ? undefined : { body }),
  reject: (replyId: number, comment: string) => request<Reply>('POST', `/api/v1/approvals/${replyId}/reject`, { comment }),

  teams: () => get<Team[]>(`${channels}/teams`),
  createTeam: (name: string, unitId: number | null) => request<Team>('POST', `${channels}/teams`, { name, unitId }),
  setTeamMembers: (id: number, userIds: number[]) => request<Team>('PUT', `${channels}/teams/${id}/members`, { userIds }),
  accounts: () => get<Account[]>(`${channels}/accounts`),
  createAccount: (account: AccountChanges) => request<Account>('POST', `${channels}/accounts`, account),
  updateAccount: (id: number, account: AccountChanges) => request<Account>('PUT', `${channels}/accounts/${id}`, account),
  metaConnection: (accountId: number) => get<MetaConnection>(`${channels}/accounts/${accountId}/meta`),
  connectMeta: (accountId: number, connection: { pageId: string; accessToken: string; kind: MetaPageKind }) =>
    request<MetaConnection>('PUT', `${channels}/accounts/${accountId}/meta`, connection),
  accountFigures: (accountId: number, range: { from?: string; to?: string } = {}) =>
    get<AccountFigures>(`${channels}/accounts/${accountId}/figures${query(range)}`),
  pullFigures: (accountId: number) => request<{ stored: number }>('POST', `${channels}/accounts/${accountId}/figures/pull`),
  scheduledPosts: (accountId: number) => get<ScheduledPost[]>(`${channels}/accounts/${accountId}/scheduled-posts`),
  schedulePost: (accountId: number, post: { message: string; publishAt: string }) =>
    request<ScheduledPost>('POST', `${channels}/accounts/${accountId}/scheduled-posts`, post),
  simulator: (accountId: number) => get<SimulatorState>(`${channels}/accounts/${accountId}/simulator`),
  setSimulator: (accountId: number, settings: { ratePerMinute: number; privateShare: number }) =>
    request<SimulatorState>('PUT', `${channels}/accounts/${accountId}/simulator`, settings),
  simulatorSent: (accountId: number, page: number) =>
    get<PageOf<SimulatedDelivery>>(`${channels}/accounts/${accountId}/simulator/sent${query({ page })}`),

  webChat: (accountId: number) => citizen<WebChatInfo>('GET', webchat(accountId)),
  startWebChat: (accountId: number, name: string | null) => citizen<WebChatSession>('POST', `${webchat(accountId)}/session`, { name }),
  webChatMessages: (accountId: number) => citizen<WebChatMessage[]>('GET', `${webchat(accountId)}/messages`),
  sendWebChat: (accountId: number, body: string) => citizen<WebChatMessage>('POST', `${webchat(accountId)}/messages`, { body }),
  endWebChat: (accountId: number) => citizen<void>('POST', `${webchat(accountId)}/end`),

  search: (p: SearchParams) =>
    get<PageOf<SearchHit>>(
      `/api/v1/search${query({ q: p.q, space: p.space, kind: p.kind, status: p.status, verified: p.verified, from: p.from, to: p.to, sort: p.sort, page: p.page, size: 20 })}`,
    ),
  similar: (text: string, limit = 5) => get<SimilarQuestion[]>(`/api/v1/search/similar${query({ q: text, limit })}`),
  synonyms: () => get<SynonymGroup[]>('/api/v1/admin/search/synonyms'),
  addSynonyms: (words: string[]) => request<SynonymGroup>('POST', '/api/v1/admin/search/synonyms', { words }),
  updateSynonyms: (id: number, words: string[]) => request<SynonymGroup>('PUT', `/api/v1/admin/search/synonyms/${id}`, { words }),
  deleteSynonyms: (id: number) => request<void>('DELETE', `/api/v1/admin/search/synonyms/${id}`),
  searchStatus: () => get<SearchStatus>('/api/v1/admin/search'),
  rebuildSearch: () => request<SearchStatus>('POST', '/api/v1/admin/search/rebuild'),

  accessLog: (q: AccessLogQuery, page: number, size = 50) =>
    get<PageOf<AccessEntry>>(`${privacy}/access-log${query({ ...q, page, size })}`),
  retention: () => get<RetentionPolicy[]>(`${privacy}/retention`),
  changeRetention: (category: RetentionCategory, months: number | null, action: RetentionAction) =>
    request<RetentionPolicy>('PUT', `${privacy}/retention/${category}`, { months, action }),
  runRetention: (dryRun: boolean) => request<RetentionRun>('POST', `${privacy}/retention/runs${query({ dryRun })}`),
  retentionRuns: () => get<RetentionRun[]>(`${privacy}/retention/runs`),
  findSubject: (q: SubjectQuery) => get<SubjectFindings>(`${privacy}/subjects${query({ ...q })}`),
  requestErasure: (q: SubjectQuery) => request<Erasure>('POST', `${privacy}/erasures`, q),
  erasures: () => get<Erasure[]>(`${privacy}/erasures`),
  approveErasure: (id: number) => request<Erasure>('POST', `${privacy}/erasures/${id}/approve`),
  rejectErasure: (id: number, comment: string) => request<Erasure>('POST', `${privacy}/erasures/${id}/reject`, { comment }),
};

/** Files the privacy officer downloads with a plain link: the browser's session cookie goes along. */
export const privacyDownloads = {
  accessLog: (q: AccessLogQuery) => `${privacy}/access-log/export${query({ ...q })}`,
  subject: (q: SubjectQuery) => `${privacy}/subjects/export${query({ ...q })}`,
};

/** Event streams (EventSource) and downloads, for the pages that open them. */
export const streams = {
  inbox: `${inbox}/stream`,
  webChat: (accountId: number) => `${webchat(accountId)}/stream`,
  webChatTranscript: (accountId: number) => `${webchat(accountId)}/transcript`,
};
