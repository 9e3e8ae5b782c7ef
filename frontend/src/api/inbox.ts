import { get, query, request } from './http';
import type { CannedAnswer, Conversation, ExpertQuestionPreview, ConversationStatus, ConversationSummary, InboxCounts, InboxQuery, Note, OthersHere, PageOf, Reply, Visibility } from './types';

const inbox = '/api/v1/inbox';

/** The advisors' inbox: conversations, their replies and notes, labels and canned answers. */
export const inboxApi = {
  conversations: (q: InboxQuery) =>
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
        post: q.post,
      })}`,
    ),
  counts: () => get<InboxCounts>(`${inbox}/counts`),
  conversation: (id: number) => get<Conversation>(`${inbox}/conversations/${id}`),
  assign: (id: number, userId: number | null) => request<Conversation>('POST', `${inbox}/conversations/${id}/assignee`, { userId }),
  setStatus: (id: number, status: Extract<ConversationStatus, 'IN_PROGRESS' | 'CLOSED' | 'NEW'>) =>
    request<Conversation>('POST', `${inbox}/conversations/${id}/status`, { status }),
  setLabels: (id: number, labels: string[]) => request<Conversation>('PUT', `${inbox}/conversations/${id}/labels`, { labels }),
  addNote: (id: number, body: string) => request<Note>('POST', `${inbox}/conversations/${id}/notes`, { body }),
  revealMessage: (conversationId: number, messageId: number, reason: string) =>
    request<{ id: number; body: string }>('POST', `${inbox}/conversations/${conversationId}/messages/${messageId}/reveal`, { reason }),
  /** `acknowledgeOthers`: the author saw that someone else is answering (409 others-on-conversation) and replies all the same. */
  draftReply: (id: number, body: string, visibility: Visibility, acknowledgeOthers = false) =>
    request<Reply>('POST', `${inbox}/conversations/${id}/replies`, acknowledgeOthers ? { body, visibility, acknowledgeOthers } : { body, visibility }),
  /** The open conversation page's heartbeat: says it is here (and whether a reply is being written), hears who else is. */
  presence: (id: number, writing: boolean) => request<OthersHere>('POST', `${inbox}/conversations/${id}/presence`, { writing }),
  leave: (id: number) => request<void>('DELETE', `${inbox}/conversations/${id}/presence`),
  editReply: (id: number, body: string) => request<Reply>('PUT', `${inbox}/replies/${id}`, { body }),
  retryReply: (id: number) => request<Reply>('POST', `${inbox}/replies/${id}/retry`),
  labels: () => get<string[]>(`${inbox}/labels`),
  cannedAnswers: (teamId: number) => get<CannedAnswer[]>(`${inbox}/teams/${teamId}/canned-answers`),
  createCannedAnswer: (teamId: number, answer: { title: string; body: string }) =>
    request<CannedAnswer>('POST', `${inbox}/teams/${teamId}/canned-answers`, answer),
  updateCannedAnswer: (id: number, answer: { title: string; body: string }) =>
    request<CannedAnswer>('PUT', `${inbox}/canned-answers/${id}`, answer),
  deleteCannedAnswer: (id: number) => request<void>('DELETE', `${inbox}/canned-answers/${id}`),
  /** What the forum's experts would read: the text with personal data taken out, and what was taken out. */
  previewExpertQuestion: (id: number, question: { title: string; body: string }) =>
    request<ExpertQuestionPreview>('POST', `${inbox}/conversations/${id}/expert-questions/preview`, question),
  askExperts: (id: number, question: { spaceId: number; title: string; body: string }) =>
    request<{ discussionId: number }>('POST', `${inbox}/conversations/${id}/expert-questions`, question),
};

/** The inbox's event stream (EventSource): conversations and approvals that changed. */
export const inboxStream = `${inbox}/stream`;
