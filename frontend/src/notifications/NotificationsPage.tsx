import { useCallback, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { BodyShort, Button, HStack, Link, Pagination, Switch, Tag, VStack } from '@navikt/ds-react';
import { notificationsApi } from '../api/notifications';
import type { AppNotification } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { notificationTarget, notificationText } from './notificationText';
import './notifications.css';

const PAGE_SIZE = 20;

/** Every notification of the user, newest first, page by page, optionally only the unread ones. */
export function NotificationsPage() {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const load = useCallback(() => notificationsApi.list(page, PAGE_SIZE, unreadOnly), [page, unreadOnly]);
  const { data, error, reload } = useLoad(load);

  async function open(n: AppNotification, target: string) {
    if (!n.read) {
      try {
        await notificationsApi.markRead(n.id);
      } catch {
        // Going to it matters more than the mark.
      }
    }
    navigate(target);
  }

  async function markRead(n: AppNotification) {
    await notificationsApi.markRead(n.id);
    await reload();
  }

  async function markAll() {
    await notificationsApi.markAllRead();
    setStatus(t('notifications.allMarkedRead'));
    await reload();
  }

  return (
    <VStack gap="space-16">
      <PageHeading>{t('notifications.title')}</PageHeading>
      <HStack gap="space-16" align="center" justify="space-between" wrap>
        <Switch
          checked={unreadOnly}
          onChange={(e) => {
            setUnreadOnly(e.target.checked);
            setPage(0);
          }}
        >
          {t('notifications.onlyUnread')}
        </Switch>
        {data !== null && (
          <HStack gap="space-8" align="center">
            <BodyShort>{t('notifications.unreadCount', { count: data.unreadCount })}</BodyShort>
            {data.unreadCount > 0 && (
              <Button variant="secondary" size="small" onClick={() => void markAll()}>
                {t('notifications.markAllRead')}
              </Button>
            )}
          </HStack>
        )}
      </HStack>
      <StatusMessage text={status} />
      {data === null ? (
        <LoadProblem error={error} />
      ) : data.items.length === 0 ? (
        <BodyShort>{unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}</BodyShort>
      ) : (
        <ul className="samtale-notifications" aria-label={t('notifications.list')}>
          {data.items.map((n) => {
            const text = notificationText(n, t);
            const target = notificationTarget(n);
            return (
              <li key={n.id} className={n.read ? 'samtale-notification' : 'samtale-notification samtale-notification-unread'}>
                <VStack gap="space-4">
                  <HStack gap="space-8" align="center">
                    {!n.read && (
                      <Tag variant="info" size="xsmall">
                        {t('notifications.new')}
                      </Tag>
                    )}
                    {target ? (
                      <Link
                        as={RouterLink}
                        to={target}
                        onClick={(e) => {
                          e.preventDefault();
                          void open(n, target);
                        }}
                      >
                        {text}
                      </Link>
                    ) : (
                      <BodyShort>{text}</BodyShort>
                    )}
                  </HStack>
                  <HStack gap="space-8" align="center" justify="space-between" wrap>
                    <BodyShort size="small">{formatDateTime(n.createdAt, language)}</BodyShort>
                    {!n.read && (
                      <Button
                        variant="tertiary"
                        size="xsmall"
                        aria-label={t('notifications.markReadOf', { text })}
                        onClick={() => void markRead(n)}
                      >
                        {t('notifications.markRead')}
                      </Button>
                    )}
                  </HStack>
                </VStack>
              </li>
            );
          })}
        </ul>
      )}
      {data !== null && data.totalPages > 1 && (
        <Pagination
          page={page + 1}
          count={data.totalPages}
          onPageChange={(p) => setPage(p - 1)}
          size="small"
          srHeading={{ tag: 'h2', text: t('notifications.pages') }}
        />
      )}
    </VStack>
  );
}
