import { useCallback, useState } from 'react';
import { BodyShort, Button, HStack, Select, Tag, ToggleGroup, VStack } from '@navikt/ds-react';
import { campaignsApi } from '../api/campaigns';
import { publishingApi, type PostMedia } from '../api/publishing';
import type { PublishingCalendar, PublishingPost } from '../api/types';
import { errorText } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { TableScroll } from '../common/TableScroll';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { addDays, gridWeeks, isoOf, isoWeekNumber } from './calendarGrid';
import { movePost } from './movePost';
import { CalendarPostItem } from './CalendarPostItem';

type Post = PublishingPost & PostMedia;
type View = 'week' | 'month';

/**
 * The calendar as a week or a month: a table with a column per weekday and a row per week, each day with its posts
 * and a flag when an account is under its daily target. A post moves by dragging it to another day (with the mouse,
 * or a finger on its grip), or by keyboard with the buttons beside it (a day earlier or later); the list below has a
 * date field for longer moves.
 */
export function CalendarGridSection({ accounts, version, onChanged }: { accounts: PublishingCalendar['accounts']; version: number; onChanged: () => void }) {
  const { t, language } = useLanguage();
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(isoOf(new Date()));
  const [accountId, setAccountId] = useState('');
  const [themeId, setThemeId] = useState('');
  const [authorId, setAuthorId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const weeks = gridWeeks(anchor, view);
  const from = weeks[0][0];
  const to = weeks[weeks.length - 1][6];
  const calendar = useLoad(
    useCallback(
      () => publishingApi.calendar(from, to, Number(accountId) || undefined, Number(themeId) || undefined, Number(authorId) || undefined),
      // version: reloaded when a post is written or moved elsewhere on the page.
      [from, to, accountId, themeId, authorId, version],
    ),
  );
  const wheel = useLoad(useCallback(() => publishingApi.wheel(Number(anchor.slice(0, 4))), [anchor]));
  const posts = (calendar.data?.posts ?? []) as Post[];
  // Sponsored posts are few: the teams' list marks them in the grid.
  // version: reloaded when a post is written or moved elsewhere on the page.
  const sponsorships = useLoad(useCallback(() => campaignsApi.sponsorships(), [version]));
  const sponsored = new Set((sponsorships.data ?? []).map((s) => s.postId));
  const authors = new Map<number, string>();
  posts.forEach((p) => p.author && authors.set(p.author.id, p.author.name));
  const month = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { month: 'long', year: 'numeric' }).format(new Date(`${anchor}T12:00:00`));
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => t(`publishing.grid.weekday.${d}` as 'publishing.grid.weekday.1'));

  const move = async (post: Post, date: string) => {
    setProblem(null);
    try {
      await movePost(post, date);
      setStatus(t('publishing.grid.moved', { date }));
      await calendar.reload();
      onChanged();
    } catch (e) {
      setProblem(errorText(e, t));
    }
  };

  const shift = (days: number) => setAnchor(view === 'week' ? addDays(anchor, days * 7) : isoOf(new Date(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)) - 1 + days, 1)));

  return (
    <Section heading={t('publishing.grid.heading')}>
      <VStack gap="space-16">
        <HStack gap="space-16" align="end" wrap>
          <ToggleGroup size="small" value={view} onChange={(v) => setView(v as View)} label={t('publishing.grid.view')}>
            <ToggleGroup.Item value="week">{t('publishing.grid.week')}</ToggleGroup.Item>
            <ToggleGroup.Item value="month">{t('publishing.grid.month')}</ToggleGroup.Item>
          </ToggleGroup>
          <Select size="small" label={t('publishing.grid.account')} value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            <option value="">{t('publishing.grid.all')}</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({t(`platform.${a.platform}`)})
              </option>
            ))}
          </Select>
          <Select size="small" label={t('publishing.grid.theme')} value={themeId} onChange={(e) => setThemeId(e.target.value)}>
            <option value="">{t('publishing.grid.all')}</option>
            {(wheel.data?.themes ?? []).map((th) => (
              <option key={th.id} value={th.id}>
                {th.title}
              </option>
            ))}
          </Select>
          <Select size="small" label={t('publishing.grid.author')} value={authorId} onChange={(e) => setAuthorId(e.target.value)}>
            <option value="">{t('publishing.grid.all')}</option>
            {[...authors.entries()].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </Select>
        </HStack>
        <HStack gap="space-8" align="center" wrap>
          <Button size="small" variant="secondary" onClick={() => shift(-1)}>
            {view === 'week' ? t('publishing.grid.previousWeek') : t('publishing.grid.previousMonth')}
          </Button>
          <BodyShort weight="semibold">{view === 'week' ? t('publishing.grid.weekOf', { week: isoWeekNumber(from) }) : month}</BodyShort>
          <Button size="small" variant="secondary" onClick={() => shift(1)}>
            {view === 'week' ? t('publishing.grid.nextWeek') : t('publishing.grid.nextMonth')}
          </Button>
        </HStack>
        <StatusMessage text={status} />
        {problem && <BodyShort role="alert">{problem}</BodyShort>}
        {calendar.data === null ? (
          <LoadProblem error={calendar.error} />
        ) : (
          <TableScroll>
            <table className="publishing-grid">
              <caption className="navds-sr-only">{t('publishing.grid.caption', { from, to })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('publishing.grid.weekNumber')}</th>
                  {weekdays.map((d) => (
                    <th key={d} scope="col">
                      {d}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks.map((week) => (
                  <tr key={week[0]}>
                    <th scope="row">{isoWeekNumber(week[0])}</th>
                    {week.map((day) => {
                      const dayPosts = posts.filter((p) => isoOf(new Date(p.publishAt)) === day);
                      const under = calendar.data!.days.filter((d) => d.date === day && d.underTarget);
                      return (
                        <td
                          key={day}
                          data-day={day}
                          className={view === 'month' && day.slice(0, 7) !== anchor.slice(0, 7) ? 'publishing-grid__other' : undefined}
                          onDragOver={(e) => e.preventDefault()}
                          onDrop={(e) => {
                            e.preventDefault();
                            const post = posts.find((p) => String(p.id) === e.dataTransfer.getData('text/plain'));
                            if (post && isoOf(new Date(post.publishAt)) !== day) void move(post, day);
                          }}
                        >
                          <div className="publishing-grid__date">{Number(day.slice(8))}.</div>
                          {under.map((d) => (
                            <Tag key={d.accountId} size="xsmall" variant="warning" className="publishing-grid__under">
                              {t('publishing.grid.under', {
                                account: accounts.find((a) => a.id === d.accountId)?.name ?? '',
                                posts: d.posts,
                                target: d.target,
                              })}
                            </Tag>
                          ))}
                          <ul className="publishing-grid__posts">
                            {dayPosts.map((p) => (
                              <CalendarPostItem key={p.id} post={p} day={day} sponsored={sponsored.has(p.id)} onMove={(post, to) => void move(post, to)} />
                            ))}
                          </ul>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </VStack>
    </Section>
  );
}
