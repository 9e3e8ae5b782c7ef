import { Link as RouterLink } from 'react-router';
import { Button, Link, Tag } from '@navikt/ds-react';
import type { CalendarEntry } from '../api/types';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { addDays } from './calendarGrid';
import { movable } from './movePost';
import { useTouchDrag } from './touchDrag';

const time = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/**
 * One post in a day of the calendar: its time, account, first words and status, a link to the post and to its
 * comments in the inbox once published, and the ways to move it to another day (the mouse drags the post, a finger
 * drags its grip, the keyboard uses the two buttons). It takes the compact form the month view is sent.
 */
export function CalendarPostItem({ post: p, accountName, day, sponsored, onMove }: { post: CalendarEntry; accountName: string; day: string; sponsored: boolean; onMove: (post: CalendarEntry, day: string) => void }) {
  const t = useT();
  const touch = useTouchDrag(day, (to) => onMove(p, to));
  const canMove = movable(p);
  const comments = p.comments?.comments ?? 0;
  // The inbox is the advisors' (and admins'); an editor who is not one sees the count without a link into it.
  const me = useMe();
  const inbox = me.roles.includes('ADVISOR') || me.roles.includes('ADMIN');
  const title = p.title.slice(0, 40);
  return (
    <li draggable={canMove} onDragStart={(e) => e.dataTransfer.setData('text/plain', String(p.id))} className="publishing-grid__post">
      {canMove && (
        <span className="publishing-grid__grip" aria-hidden="true" {...touch}>
          ⠿
        </span>
      )}
      <span>
        {time(p.publishAt)} {accountName}:{' '}
        <Link as={RouterLink} to={`/publisering/innlegg/${p.id}`}>
          {p.title}
        </Link>{' '}
        ({t(`publishing.status.${p.status}`)})
      </span>
      {p.image && (
        <Tag size="xsmall" variant="neutral">
          {t('publishing.grid.withImage')}
        </Tag>
      )}
      {sponsored && (
        <Tag size="xsmall" variant="info">
          {t('publishing.sponsored.inCalendar')}
        </Tag>
      )}
      {p.held && (
        <Tag size="xsmall" variant="warning">
          {t('publishing.grid.held')}
        </Tag>
      )}
      {p.comments && comments > 0 && inbox && (
        <Link as={RouterLink} to={`/innboks?post=${p.id}`} className="publishing-grid__comments">
          {t('publishing.comments.count', { count: comments })}
        </Link>
      )}
      {p.comments && comments > 0 && !inbox && <span className="publishing-grid__comments">{t('publishing.comments.count', { count: comments })}</span>}
      {canMove && (
        <span className="publishing-grid__moves">
          <Button type="button" size="xsmall" variant="tertiary" aria-label={t('publishing.grid.earlier', { text: title })} onClick={() => onMove(p, addDays(day, -1))}>
            ←
          </Button>
          <Button type="button" size="xsmall" variant="tertiary" aria-label={t('publishing.grid.later', { text: title })} onClick={() => onMove(p, addDays(day, 1))}>
            →
          </Button>
        </span>
      )}
    </li>
  );
}
