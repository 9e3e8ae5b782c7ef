import type { Discussion, Me, Message, SpaceSummary } from '../api/types';
import { employee, json, sessionRoutes, type Handler } from './fakeServer';

const kari = { id: 2, name: 'Kari Nordmann', unitName: 'NAV Grünerløkka' };
const ola = { id: 3, name: 'Ola Moderator', unitName: 'NAV Arbeid og ytelser' };
const eva = { id: 4, name: 'Eva Fagperson', unitName: 'Arbeids- og velferdsdirektoratet' };

export const moderator: Me = { ...employee, id: 3, username: 'ola', name: 'Ola Moderator', roles: ['EMPLOYEE', 'MODERATOR'] };

export const topic: SpaceSummary = {
  id: 10,
  kind: 'TOPIC',
  name: 'Dagpenger',
  description: 'Spørsmål og svar om dagpenger.',
  open: true,
  membership: 'OPEN',
  moderators: [ola],
  experts: [eva],
  memberCount: 0,
  discussionCount: 12,
  messageCount: 48,
  lastActivityAt: '2025-03-01T10:00:00Z',
  myRole: null,
  canPost: true,
  canModerate: false,
  canJoin: false,
};

export const openGroup: SpaceSummary = {
  ...topic,
  id: 11,
  kind: 'GROUP',
  name: 'Veiledere i Oslo',
  description: 'For veiledere ved Oslo-kontorene.',
  experts: [],
  canPost: false,
  canJoin: true,
};

export const closedGroup: SpaceSummary = { ...openGroup, id: 12, name: 'Ledernettverket', membership: 'CLOSED', canJoin: false };

function message(id: number, overrides: Partial<Message>): Message {
  return {
    id,
    author: kari,
    authorRole: null,
    body: '',
    html: '',
    createdAt: '2025-03-01T10:00:00Z',
    editedAt: null,
    removed: false,
    removalReason: null,
    verified: false,
    reactions: { HELPFUL: 0, THANKS: 0 },
    myReactions: [],
    attachments: [],
    canEdit: false,
    ...overrides,
  };
}

export const discussion: Discussion = {
  id: 100,
  spaceId: 10,
  title: 'Hvordan regnes dagpenger ved permittering?',
  author: kari,
  question: true,
  status: 'VERIFIED',
  messageCount: 2,
  viewCount: 31,
  createdAt: '2025-03-01T10:00:00Z',
  lastActivityAt: '2025-03-02T10:00:00Z',
  escalated: false,
  spaceName: 'Dagpenger',
  spaceKind: 'TOPIC',
  verifiedMessageId: 202,
  following: false,
  messages: [
    message(201, { body: 'Hvordan?', html: '<p>Hvordan regnes <em>dagpengene</em>?</p>', canEdit: true }),
    message(202, {
      author: eva,
      authorRole: 'EXPERT',
      body: 'Se rundskrivet.',
      html: '<p>Se <a href="https://lovdata.no">rundskrivet</a> til § 4-3.</p>',
      verified: true,
      reactions: { HELPFUL: 3, THANKS: 1 },
      myReactions: ['HELPFUL'],
    }),
  ],
  escalation: null,
  permissions: { canReply: true, canVerify: false, canModerate: false, canSeeBackOffice: false, canEscalate: false },
};

export const moderatorsView: Discussion = {
  ...discussion,
  permissions: { canReply: true, canVerify: true, canModerate: true, canSeeBackOffice: true, canEscalate: true },
};

/** The session plus the calls every signed-in page makes (the header's notification bell). */
export function forumRoutes(me: Me, routes: Record<string, Handler>): Record<string, Handler> {
  return {
    ...sessionRoutes(me),
    'GET /api/v1/notifications/unread-count': () => json({ count: 2 }),
    ...routes,
  };
}

export const page = <T>(items: T[]) => json({ items, page: 0, size: 20, totalElements: items.length, totalPages: 1 });
