import { get, query, request } from './http';
import type {
  Attachment,
  AuditEntry,
  Discussion,
  DiscussionQuery,
  DiscussionSummary,
  Escalation,
  EscalationState,
  Message,
  NewDiscussion,
  NewEscalation,
  NewSpace,
  PageOf,
  Person,
  Reaction,
  Report,
  Revision,
  SpaceFigures,
  SpaceSummary,
  StaffChanges,
} from './types';

const forum = '/api/v1';

/** The knowledge forum: spaces, discussions, messages, escalations, and moderation. */
export const forumApi = {
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
};

/** The event stream of one discussion's public thread (EventSource): `discussion` events of ids. */
export const discussionStream = (discussionId: number) => `${forum}/discussions/${discussionId}/stream`;
