import type { AppNotification } from '../api/types';
import { json } from './fakeServer';

/** A notification as the server answers it; unread, about a discussion unless told otherwise. */
export function notification(id: number, changes: Partial<AppNotification> = {}): AppNotification {
  return {
    id,
    kind: 'NEW_MESSAGE',
    text: 'Dagpenger under utdanning',
    discussionId: 20,
    conversationId: null,
    replyId: null,
    ideaId: null,
    hearingId: null,
    accountId: null,
    nettpratId: null,
    detail: null,
    createdAt: '2026-12-04T10:00:00Z',
    read: false,
    ...changes,
  };
}

export const notificationPage = (items: AppNotification[], unreadCount: number, totalPages = 1) =>
  json({ items, page: 0, size: 20, totalElements: items.length, totalPages, unreadCount });
