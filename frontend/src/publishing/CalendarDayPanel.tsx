import { useEffect, useRef, useState } from 'react';
import { BodyShort, Button, Heading, HStack, VStack } from '@navikt/ds-react';
import { publishingApi, type CalendarFilters } from '../api/publishing';
import type { CalendarDay, CalendarEntry } from '../api/types';
import { LoadProblem } from '../common/LoadProblem';
import { useLanguage } from '../i18n/i18n';
import { entryOf } from './calendarEntry';
import { CalendarPostItem } from './CalendarPostItem';

const PAGE = 50;

/**
 * Every post of one day, opened from the day's "N more" in the month or week view: the day's counts by status and per
 * account against its daily target, then its posts in time order, fetched 50 at a time ("Vis flere") so a day with
 * hundreds of posts stays quick. Its heading takes the focus when it opens, so a keyboard or screen-reader user lands
 * on what they asked for.
 */
export function CalendarDayPanel({ day, filters, names, sponsored, version, onMove, onClose }: {
  day: CalendarDay;
  filters: CalendarFilters;
  names: Map<number, string>;
  sponsored: Set<number>;
  version: number;
  onMove: (post: CalendarEntry, day: string) => void;
  onClose: () => void;
}) {
  const { t, language } = useLanguage();
  const [posts, setPosts] = useState<CalendarEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [page, setPage] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { accountId, themeId, authorId } = filters;
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(`${day.date}T12:00:00`),
  );

  useEffect(() => heading.current?.focus(), [day.date]);
  // After a move elsewhere the day is read again from its first page, not appended to.
  useEffect(() => setPage(0), [version]);
  useEffect(() => {
    let current = true;
    publishingApi.calendarPosts(day.date, day.date, { accountId, themeId, authorId }, page, PAGE).then(
      (found) => {
        if (!current) return;
        setTotal(found.totalElements);
        setPosts((shown) => (page === 0 ? [] : shown).concat(found.items.map(entryOf)));
        setError(null);
      },
      (e: unknown) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [day.date, accountId, themeId, authorId, page, version]);

  return (
    <section className="publishing-day" aria-labelledby="publishing-day-heading">
      <VStack gap="space-8">
        <HStack gap="space-16" align="center" justify="space-between" wrap>
          <Heading level="3" size="small" id="publishing-day-heading" ref={heading} tabIndex={-1}>
            {t('publishing.grid.dayHeading', { date, count: day.posts })}
          </Heading>
          <Button type="button" size="small" variant="secondary" onClick={onClose}>
            {t('publishing.grid.closeDay')}
          </Button>
        </HStack>
        <BodyShort size="small">
          {day.statuses.map((s) => t('publishing.grid.statusCount', { status: t(`publishing.status.${s.status}`), count: s.posts })).join(' · ')}
        </BodyShort>
        {day.accounts.length > 0 && (
          <ul className="publishing-day__accounts">
            {day.accounts.map((a) => (
              <li key={a.accountId} className={a.underTarget ? 'publishing-day__under' : undefined}>
                {a.target > 0
                  ? t('publishing.grid.under', { account: names.get(a.accountId) ?? '', posts: a.posts, target: a.target })
                  : t('publishing.grid.accountCount', { account: names.get(a.accountId) ?? '', count: a.posts })}
              </li>
            ))}
          </ul>
        )}
        {error !== null && posts.length === 0 ? (
          <LoadProblem error={error} />
        ) : (
          <ul className="publishing-grid__posts">
            {posts.map((p) => (
              <CalendarPostItem key={p.id} post={p} accountName={names.get(p.accountId) ?? ''} day={day.date} sponsored={sponsored.has(p.id)} onMove={onMove} />
            ))}
          </ul>
        )}
        <BodyShort size="small" aria-live="polite">
          {t('publishing.grid.shown', { shown: posts.length, total })}
        </BodyShort>
        {posts.length < total && (
          <Button type="button" size="small" variant="secondary" onClick={() => setPage((n) => n + 1)}>
            {t('publishing.grid.showMore')}
          </Button>
        )}
      </VStack>
    </section>
  );
}
