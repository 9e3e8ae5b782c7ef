import type { AccessEntry, Erasure, Me, RetentionPolicy, RetentionRun, SubjectFindings } from '../api/types';
import { admin, json, sessionRoutes, type Handler } from './fakeServer';

/** Hilde, the privacy officer; the admin (Ada) decides what Hilde asks for. */
export const officer: Me = { ...admin, id: 9, username: 'personvern', name: 'Hilde Brekke', roles: ['EMPLOYEE', 'PRIVACY_OFFICER'] };
const hilde = { id: 9, name: 'Hilde Brekke', unitName: 'Kommunikasjonsavdelingen' };
const ada = { id: 1, name: 'Ada Admin', unitName: null };

export const entries: AccessEntry[] = [
  { id: 2, at: '2026-11-24T09:30:00Z', userId: 9, username: 'personvern', action: 'FIND', subjectKind: 'data-subject', subjectId: 'a1b2c3d4e5f6a7b8', purpose: 'Innsynskrav sak 2026/17' },
  { id: 1, at: '2026-11-23T08:00:00Z', userId: 3, username: 'veileder1', action: 'VIEW', subjectKind: 'conversation', subjectId: '40', purpose: null },
];

export const policies: RetentionPolicy[] = [
  { category: 'PUBLIC_COMMENTS', months: 12, action: 'ANONYMISE', updatedAt: null, updatedBy: null },
  { category: 'PRIVATE_MESSAGES', months: 6, action: 'DELETE', updatedAt: '2026-11-20T10:00:00Z', updatedBy: 1 },
  { category: 'CHAT_TRANSCRIPTS', months: 3, action: 'DELETE', updatedAt: null, updatedBy: null },
  { category: 'FORUM', months: null, action: 'DELETE', updatedAt: null, updatedBy: null },
];

export const dryRun: RetentionRun = {
  id: 5,
  startedAt: '2026-11-24T10:00:00Z',
  dryRun: true,
  triggeredBy: 9,
  startedBy: { id: 9, name: 'Per Personvern', unitName: null },
  records: 7,
  lines: [
    { category: 'PRIVATE_MESSAGES', target: 'inbox', cutoff: '2026-05-24T10:00:00Z', action: 'DELETE', records: 4, error: null },
    { category: 'CHAT_TRANSCRIPTS', target: 'channels_chat', cutoff: '2026-08-24T10:00:00Z', action: 'DELETE', records: 3, error: null },
  ],
};

export const nightly: RetentionRun = { id: 4, startedAt: '2026-11-24T02:00:00Z', dryRun: false, triggeredBy: null, startedBy: null, records: 12, lines: [] };

/** A citizen's messages, one with markup that must show as text, never as HTML. */
export const findings: SubjectFindings = {
  fingerprint: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
  records: 2,
  sources: {
    inbox: [{ source: 'inbox_conversation', id: '40', at: '2026-11-01T12:00:00Z', fields: { account: 'NAV Foreldrepenger', body: 'Hei, <b>jeg</b> heter Ola' } }],
    channels: [{ source: 'channels_inbound', id: '77', at: '2026-11-01T12:00:00Z', fields: { authorName: 'Ola Testesen', fromCitizen: true } }],
  },
};

export const ownRequest: Erasure = {
  id: 11,
  subject: { platform: 'FACEBOOK', externalId: 'fb-ola', name: null },
  fingerprint: findings.fingerprint,
  reason: 'Krav i brev',
  state: 'PENDING',
  requestedBy: hilde,
  requestedAt: '2026-11-24T10:30:00Z',
  decidedBy: null,
  decidedAt: null,
  decisionComment: null,
  erasedRecords: null,
  erased: [],
  canDecide: false,
  holds: [],
};

export const othersRequest: Erasure = {
  ...ownRequest,
  id: 12,
  subject: { platform: null, externalId: null, name: 'Kari Innbygger' },
  reason: 'Ønsket sletting på telefon',
  requestedBy: ada,
  canDecide: true,
};

export const erased: Erasure = {
  ...ownRequest,
  id: 10,
  subject: null,
  state: 'ERASED',
  requestedBy: ada,
  decidedBy: hilde,
  decidedAt: '2026-11-22T09:00:00Z',
  erasedRecords: 5,
  erased: [
    { kind: 'SENT_REPLY', count: 2 },
    { kind: 'CANCELLED_REPLY', count: 1 },
    { kind: 'RAW_COPY', count: 2 },
    { kind: 'NOTE', count: 0 },
  ],
};

/** The session plus what the shell asks for around the privacy pages. */
export function privacyRoutes(me: Me, routes: Record<string, Handler>): Record<string, Handler> {
  return {
    ...sessionRoutes(me),
    'GET /api/v1/notifications/unread-count': () => json({ count: 0 }),
    'GET /api/v1/inbox/counts': () => json({ byStatus: {}, awaitingMyApproval: 0, assignedToMe: 0 }),
    'GET /api/v1/privacy/access-log': () => json({ items: entries, page: 0, size: 50, totalElements: 2, totalPages: 1 }),
    'GET /api/v1/privacy/retention': () => json(policies),
    'GET /api/v1/privacy/retention/runs': () => json([nightly]),
    'GET /api/v1/privacy/erasures': () => json([othersRequest, ownRequest, erased]),
    ...routes,
  };
}
