import { get, query, request } from './http';
import type {
  Hearing,
  HearingListItem,
  HearingStance,
  HearingSummary,
  FeedbackItem,
  FeedbackQueue,
  FeedbackServiceList,
  Idea,
  IdeaList,
  IdeaStatus,
  LiveEvent,
  LiveSummary,
  NewHearing,
  NewLiveEvent,
  Person,
  MyLiveQuestion,
  OwnedQuestion,
  QueueQuestion,
  SimilarIdea,
} from './types';

const live = '/api/v1/events/live';

/** Nettprat, the idea box and hearings (the server's events module). */
export const eventsApi = {
  liveEvents: () => get<{ items: LiveSummary[] }>(live),
  liveEvent: (id: number) => get<LiveEvent>(`${live}/${id}`),
  schedule: (event: NewLiveEvent) => request<{ id: number }>('POST', live, event),
  reschedule: (id: number, startsAt: string, endsAt: string) => request<void>('PUT', `${live}/${id}/schedule`, { startsAt, endsAt }),
  /** Calls the nettprat off before it starts; the reason is shown to everyone told. */
  cancel: (id: number, reason: string) => request<void>('POST', `${live}/${id}/cancellation`, { reason }),
  /** The nettprat's people as they are to be (its scheduler and administrators, until it ends). */
  changePeople: (id: number, leaderIds: number[], helperIds: number[], moderatorIds: number[]) =>
    request<void>('PUT', `${live}/${id}/people`, { leaderIds, helperIds, moderatorIds }),
  /** The people of a unit, to pick a nettprat's leaders and moderators from (leaders and administrators). */
  people: (unitId: number) => get<Person[]>(`${live}/people${query({ unitId })}`),
  /** The live stream's address; `after` is the change the page has already seen. */
  streamUrl: (id: number, after: number) => `${live}/${id}/stream?after=${after}`,
  ask: (id: number, text: string, anonymous: boolean) =>
    request<{ id: number; status: string }>('POST', `${live}/${id}/questions`, { text, anonymous }),
  mine: (id: number) => get<MyLiveQuestion[]>(`${live}/${id}/questions/mine`),
  queue: (id: number) => get<QueueQuestion[]>(`${live}/${id}/questions/queue`),
  next: (id: number) => get<QueueQuestion[]>(`${live}/${id}/questions/next`),
  similar: (id: number, questionId: number) => get<QueueQuestion[]>(`${live}/${id}/questions/${questionId}/similar`),
  order: (id: number, questionIds: number[]) => request<void>('PUT', `${live}/${id}/questions/order`, { questionIds }),
  approve: (id: number, questionId: number) => request<unknown>('POST', `${live}/${id}/questions/${questionId}/approve`),
  decline: (id: number, questionId: number, reason: string) =>
    request<unknown>('POST', `${live}/${id}/questions/${questionId}/decline`, { reason }),
  merge: (id: number, questionId: number, intoId: number) =>
    request<unknown>('POST', `${live}/${id}/questions/${questionId}/merge`, { intoId }),
  vote: (id: number, questionId: number) => request<{ votes: number }>('POST', `${live}/${id}/questions/${questionId}/votes`),
  answer: (id: number, questionId: number, body: string) =>
    request<unknown>('POST', `${live}/${id}/questions/${questionId}/answer`, { body }),

  /** The caller's unanswered questions to answer in writing, across nettprats. */
  owned: () => get<OwnedQuestion[]>(`${live}/owned`),
  setOwner: (id: number, questionId: number, ownerId: number, dueOn: string) =>
    request<void>('PUT', `${live}/${id}/questions/${questionId}/owner`, { ownerId, dueOn }),
  archive: (id: number, spaceId: number) => request<{ discussionId: number }>('POST', `${live}/${id}/archive`, { spaceId }),

  ideas: (spaceId?: number) => get<IdeaList>(`/api/v1/ideas${query({ spaceId })}`),
  idea: (id: number) => get<Idea>(`/api/v1/ideas/${id}`),
  submitIdea: (spaceId: number, title: string, body: string) =>
    request<{ id: number }>('POST', '/api/v1/ideas', { spaceId, title, body }),
  similarIdeas: (spaceId: number, q: string) => get<SimilarIdea[]>(`/api/v1/ideas/similar${query({ spaceId, q })}`),
  voteIdea: (id: number) => request<{ votes: number; openVotesLeft: number }>('POST', `/api/v1/ideas/${id}/votes`),
  ideaStatus: (id: number, status: IdeaStatus, reason: string, ownerId: number | null) =>
    request<Idea>('POST', `/api/v1/ideas/${id}/status`, { status, reason, ownerId }),
  mergeIdea: (id: number, intoId: number, reason: string) => request<Idea>('POST', `/api/v1/ideas/${id}/merge`, { intoId, reason }),
  commentIdea: (id: number, body: string) => request<{ id: number }>('POST', `/api/v1/ideas/${id}/comments`, { body }),
  /** Lifts an idea to a directorate department as a forum escalation (the idea space's moderators). */
  escalateIdea: (id: number, lift: { departmentId: number; reason: string; deadline: string | null }) =>
    request<{ escalationId: number; discussionId: number }>('POST', `/api/v1/ideas/${id}/escalations`, lift),
  followIdea: (id: number, follow: boolean) => request<void>(follow ? 'PUT' : 'DELETE', `/api/v1/ideas/${id}/follow`),

  hearings: () => get<{ items: HearingListItem[] }>('/api/v1/hearings'),
  hearing: (id: number) => get<Hearing>(`/api/v1/hearings/${id}`),
  createHearing: (hearing: NewHearing) => request<{ id: number }>('POST', '/api/v1/hearings', hearing),
  /** Edits a draft; `draft: false` sends it as well. */
  updateHearing: (id: number, hearing: NewHearing) => request<void>('PUT', `/api/v1/hearings/${id}`, hearing),
  sendHearing: (id: number) => request<void>('POST', `/api/v1/hearings/${id}/send`),
  /** A sent hearing's invited units, changed one by one by its managers while it is open. */
  inviteUnit: (id: number, unitId: number, responsibleId: number) =>
    request<void>('POST', `/api/v1/hearings/${id}/units`, { unitId, responsibleId }),
  changeResponsible: (id: number, unitId: number, responsibleId: number) =>
    request<void>('PUT', `/api/v1/hearings/${id}/units/${unitId}`, { responsibleId }),
  withdrawUnit: (id: number, unitId: number) => request<void>('DELETE', `/api/v1/hearings/${id}/units/${unitId}`),
  respond: (
    id: number,
    response: { unitId: number | null; anonymous: boolean; noComments: boolean; answers: { sectionId: number; stance: HearingStance; comment: string | null }[] },
  ) => request<{ id: number; status: string }>('POST', `/api/v1/hearings/${id}/responses`, response),
  approveResponse: (id: number, responseId: number) => request<void>('POST', `/api/v1/hearings/${id}/responses/${responseId}/approve`),
  hearingSummary: (id: number) => get<HearingSummary>(`/api/v1/hearings/${id}/summary`),
  attachToHearing(id: number, file: File) {
    const form = new FormData();
    form.append('file', file);
    return request<{ id: number; filename: string }>('POST', `/api/v1/hearings/${id}/attachments`, form);
  },
  feedbackServices: () => get<FeedbackServiceList>('/api/v1/feedback/services'),
  giveFeedback: (serviceId: number, body: string) => request<{ id: number }>('POST', '/api/v1/feedback', { serviceId, body }),
  myFeedback: () => get<{ items: FeedbackItem[] }>('/api/v1/feedback/mine'),
  feedbackQueue: (serviceId: number) => get<FeedbackQueue>(`/api/v1/feedback/services/${serviceId}/queue`),
  answerFeedback: (id: number, body: string) => request<void>('POST', `/api/v1/feedback/${id}/answer`, { body }),
  feedbackLedToChange: (id: number, note: string) => request<void>('POST', `/api/v1/feedback/${id}/change`, { note }),
  publishHearing: (id: number, spaceId: number) =>
    request<{ discussionId: number }>('POST', `/api/v1/hearings/${id}/publish`, { spaceId }),
};
