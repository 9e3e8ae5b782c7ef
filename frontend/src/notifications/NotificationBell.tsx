import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Dropdown, Heading, InternalHeader } from '@navikt/ds-react';
import { BellIcon } from '@navikt/aksel-icons';
import { notificationStream, notificationsApi } from '../api/notifications';
import type { AppNotification } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { notificationTarget, notificationText } from './notificationText';
import './notifications.css';

const RECENT = 8;

/**
 * The bell in the header: the unread count in text, a menu of recent notifications that opening does not mark read
 * (choosing one marks that one and goes to it; marking all is its own choice), and live updates from the server's
 * event stream, announced politely.
 */
export function NotificationBell() {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const [count, setCount] = useState(0);
  const [items, setItems] = useState<AppNotification[] | null>(null);
  const [latest, setLatest] = useState<AppNotification | null>(null);

  useEffect(() => {
    notificationsApi.unreadCount().then(
      (r) => setCount(r.count),
      () => setCount(0),
    );
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(notificationStream, { withCredentials: true });
    source.addEventListener('notification', (event) => {
      const notification = JSON.parse((event as MessageEvent<string>).data) as AppNotification;
      setCount((c) => c + 1);
      setItems((list) => (list ? [notification, ...list].slice(0, RECENT) : list));
      setLatest(notification);
    });
    return () => source.close();
  }, []);

  async function opened(open: boolean) {
    if (!open) return;
    try {
      const page = await notificationsApi.list(0, RECENT);
      setItems(page.items);
      setCount(page.unreadCount);
    } catch {
      setItems((list) => list ?? []);
    }
  }

  async function choose(n: AppNotification) {
    if (!n.read) {
      try {
        await notificationsApi.markRead(n.id);
        setCount((c) => Math.max(0, c - 1));
        setItems((list) => list?.map((one) => (one.id === n.id ? { ...one, read: true } : one)) ?? list);
      } catch {
        // Going to it matters more than the mark; the list says it is unread until the next load.
      }
    }
    const target = notificationTarget(n);
    if (target) navigate(target);
  }

  async function markAll() {
    await notificationsApi.markAllRead();
    setCount(0);
    setItems((list) => list?.map((one) => ({ ...one, read: true })) ?? list);
  }

  return (
    <>
      <Dropdown onOpenChange={(open) => void opened(open)}>
        <InternalHeader.Button as={Dropdown.Toggle} aria-label={t('notifications.button', { count })}>
          <BellIcon aria-hidden fontSize="1.5rem" />
          <span aria-hidden>{count}</span>
        </InternalHeader.Button>
        <Dropdown.Menu className="samtale-notification-menu">
          <Heading level="2" size="xsmall" className="samtale-notification-menu-heading">
            {t('notifications.title')}
          </Heading>
          {items === null && <p className="samtale-user-summary">{t('common.loading')}</p>}
          {items?.length === 0 && <p className="samtale-user-summary">{t('notifications.empty')}</p>}
          {items !== null && items.length > 0 && (
            <Dropdown.Menu.List>
              {items.map((n) => (
                <Dropdown.Menu.List.Item key={n.id} onClick={() => void choose(n)}>
                  <span>
                    {n.read ? '' : `${t('notifications.new')}: `}
                    {notificationText(n, t)}
                    <br />
                    <small>{formatDateTime(n.createdAt, language)}</small>
                  </span>
                </Dropdown.Menu.List.Item>
              ))}
            </Dropdown.Menu.List>
          )}
          <Dropdown.Menu.Divider />
          <Dropdown.Menu.List>
            {count > 0 && (
              <Dropdown.Menu.List.Item onClick={() => void markAll()}>{t('notifications.markAllRead')}</Dropdown.Menu.List.Item>
            )}
            <Dropdown.Menu.List.Item onClick={() => navigate('/varsler')}>{t('notifications.showAll')}</Dropdown.Menu.List.Item>
          </Dropdown.Menu.List>
        </Dropdown.Menu>
      </Dropdown>
      <span className="aksel-sr-only" aria-live="polite">
        {latest && t('notifications.announce', { text: notificationText(latest, t) })}
      </span>
    </>
  );
}
