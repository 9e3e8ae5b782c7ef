import { Link } from 'react-router';
import { Dropdown } from '@navikt/ds-react';
import type { ForumNotification } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';

/** The recent notifications inside the bell's menu; each links to its discussion when it has one. */
export function NotificationList({ notifications }: { notifications: ForumNotification[] | null }) {
  const { t, language } = useLanguage();
  if (notifications === null) return <p className="samtale-user-summary">{t('common.loading')}</p>;
  if (notifications.length === 0) return <p className="samtale-user-summary">{t('forum.notifications.empty')}</p>;
  return (
    <Dropdown.Menu.List>
      {notifications.map((n) => {
        const text = (
          <span>
            {n.read ? '' : `${t('forum.notifications.new')}: `}
            {t(`forum.notifications.kind.${n.kind}`, { subject: n.text })}
            <br />
            <small>{formatDateTime(n.createdAt, language)}</small>
          </span>
        );
        return n.discussionId === null ? (
          <Dropdown.Menu.List.Item key={n.id} as="div">
            {text}
          </Dropdown.Menu.List.Item>
        ) : (
          <Dropdown.Menu.List.Item key={n.id} as={Link} to={`/forum/diskusjon/${n.discussionId}`}>
            {text}
          </Dropdown.Menu.List.Item>
        );
      })}
    </Dropdown.Menu.List>
  );
}
