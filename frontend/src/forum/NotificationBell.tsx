import { useEffect, useState } from 'react';
import { Dropdown, InternalHeader } from '@navikt/ds-react';
import { BellIcon } from '@navikt/aksel-icons';
import { forumApi, notificationStream } from '../api/forum';
import type { ForumNotification } from '../api/types';
import { useT } from '../i18n/i18n';
import { NotificationList } from './NotificationList';

/**
 * The bell in the header: the unread count in text, a menu of recent notifications (opening it marks
 * them read), and live updates from the server's event stream, announced politely.
 */
export function NotificationBell() {
  const t = useT();
  const [count, setCount] = useState(0);
  const [items, setItems] = useState<ForumNotification[] | null>(null);
  const [latest, setLatest] = useState<ForumNotification | null>(null);

  useEffect(() => {
    forumApi.unreadCount().then(
      (r) => setCount(r.count),
      () => setCount(0),
    );
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(notificationStream, { withCredentials: true });
    source.addEventListener('notification', (event) => {
      const notification = JSON.parse((event as MessageEvent<string>).data) as ForumNotification;
      setCount((c) => c + 1);
      setItems((list) => (list ? [notification, ...list] : list));
      setLatest(notification);
    });
    return () => source.close();
  }, []);

  async function opened(open: boolean) {
    if (!open) return;
    try {
      const page = await forumApi.notifications();
      setItems(page.items);
      if (page.items.some((n) => !n.read)) {
        await forumApi.markAllNotificationsRead();
        setCount(0);
      }
    } catch {
      setItems((list) => list ?? []);
    }
  }

  return (
    <>
      <Dropdown onOpenChange={(open) => void opened(open)}>
        <InternalHeader.Button as={Dropdown.Toggle} aria-label={t('forum.notifications.button', { count })}>
          <BellIcon aria-hidden fontSize="1.5rem" />
          <span>{count}</span>
        </InternalHeader.Button>
        <Dropdown.Menu>
          <Dropdown.Menu.GroupedList>
            <Dropdown.Menu.GroupedList.Heading>{t('forum.notifications.title')}</Dropdown.Menu.GroupedList.Heading>
          </Dropdown.Menu.GroupedList>
          <NotificationList notifications={items} />
        </Dropdown.Menu>
      </Dropdown>
      <span className="aksel-sr-only" aria-live="polite">
        {latest &&
          t('forum.notifications.announce', {
            text: t(`forum.notifications.kind.${latest.kind}`, { subject: latest.text }),
          })}
      </span>
    </>
  );
}
