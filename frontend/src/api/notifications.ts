import { get, query, request } from './http';
import type { NotificationPage } from './types';

const notifications = '/api/v1/notifications';

/** The user's notifications from the forum and the inbox: listed newest first, read one by one or all on request. */
export const notificationsApi = {
  list: (page: number, size: number, unreadOnly = false) =>
    get<NotificationPage>(`${notifications}${query({ page, size, unread: unreadOnly ? true : undefined })}`),
  unreadCount: () => get<{ count: number }>(`${notifications}/unread-count`),
  markRead: (id: number) => request<void>('POST', `${notifications}/${id}/read`),
  markAllRead: () => request<void>('POST', `${notifications}/read-all`),
};

/** The event stream of the user's new notifications (EventSource). */
export const notificationStream = `${notifications}/stream`;
