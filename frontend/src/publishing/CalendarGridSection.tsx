import { useCallback, useState } from 'react';
import { BodyShort, Button, HStack, Select, Tag, ToggleGroup, VStack } from '@navikt/ds-react';
import { campaignsApi } from '../api/campaigns';
import { publishingApi, type CalendarFilters } from '../api/publishing';
import type { CalendarAccount, CalendarDay, CalendarEntry } from '../api/types';
import { errorText } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { TableScroll } from '../common/TableScroll';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { addDays, gridWeeks, isoOf, isoWeekNumber } from './calendarGrid';
import { movePostById } from './movePost';
import { CalendarDayPanel } from './CalendarDayPanel';
import { CalendarPostItem } from './CalendarPostItem';

type View = 'week' | 'month';

/** How many posts a day of the grid lists before "N more": a week has room for more than a month. */
const PER_DAY: Record<View, number> = { month: 5, week: 10 };

/**
 * The calendar as a week or a month: a table with a column per weekday and a row per week. The server sends per day
 * the counts and only the first few posts (compact), so a month of 10,000 posts stays light; each day shows those, a
 * flag when an account is under its daily target, and "N more", which opens the whole day below the grid (fetched a
 * page at a time). A post moves by dragging it to another day (with the mouse, or a finger on its grip), or by keyboard
 * with the buttons beside it (a day earlier or later); the list below has a date field for longer moves.
 */
export function CalendarGridSection({ accounts, version, onChanged }: { accounts: CalendarAccount[]; version: number; onChanged: () => void }) {
  const { t, language } = useLanguage();
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(isoOf(new Date()));
  const [accountId, setAccountId] = useState('');
  const [themeId, setThemeId] = useState('');
  const [authorId, setAuthorId] = useState('');
  const [openDay, setOpenDay] = useState<string | null>(null);
  const [moves, setMoves] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const weeks = gridWeeks(anchor, view);
  const from = weeks[0][0];
  const to = weeks[weeks.length - 1][6];
  const filters: CalendarFilters = { accountId: Number(accountId) || undefined, themeId: Number(themeId) || undefined, authorId: Number(authorId) || undefined };
  const calendar = useLoad(
    useCallback(
      () => publishingApi.calendarDays(from, to, { accountId: Number(accountId) || undefined, themeId: Number(themeId) || undefined, authorId: Number(authorId) || undefined }, PER_DAY[view]),
      // version: reloaded when a post is written or moved elsewhere on the page.
      [from, to, accountId, themeId, authorId, view, version],
    ),
  );
  const wheel = useLoad(useCallback(() => publishingApi.wheel(Number(anchor.slice(0, 4))), [anchor]));
  const days = new Map<string, CalendarDay>((calendar.data?.days ?? []).map((d) => [d.date, d]));
  const dayOfPost = new Map<number, string>();
  days.forEach((d) => d.first.forEach((p) => dayOfPost.set(p.id, d.date)));
  // Sponsored posts are few: the teams' list marks them in the grid.
  // version: reloaded when a post is written or moved elsewhere on the page.
  const sponsorships = useLoad(useCallback(() => campaignsApi.sponsorships(), [version]));
  const sponsored = new Set((sponsorships.data ?? []).map((s) => s.postId));
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const month = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { month: 'long', year: 'numeric' }).format(new Date(`${anchor}T12:00:00`));
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => t(`publishing.grid.weekday.${d}` as 'publishing.grid.weekday.1'));
  const open = openDay ? days.get(openDay) : undefined;

  const move = async (post: Pick<CalendarEntry, 'id'>, date: string) => {
    setProblem(null);
    try {
      await movePostById(post.id, date);
      setStatus(t('publishing.grid.moved', { date }));
      setMoves((n) => n + 1);
      await calendar.reload();
      onChanged();
    } catch (e) {
      setProblem(errorText(e, t));
    }
  };

  const shift = (steps: number) => {
    setOpenDay(null);
    setAnchor(view === 'week' ? addDays(anchor, steps * 7) : isoOf(new Date(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)) - 1 + steps, 1)));
  };

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
            {(calendar.data?.authors ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
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
                      const counts = days.get(day);
                      return (
                        <td
                          key={day}
                          data-day={day}
                          className={view === 'month' && day.slice(0, 7) !== anchor.slice(0, 7) ? 'publishing-grid__other' : undefined}
                          onDragOver={(e) => e.preventDefault()}
                          onDrop={(e) => {
                            e.preventDefault();
                            const id = Number(e.dataTransfer.getData('text/plain'));
                            if (id && (dayOfPost.get(id) ?? openDay) !== day) void move({ id }, day);
                          }}
                        >
                          <div className="publishing-grid__date">{Number(day.slice(8))}.</div>
                          {counts?.accounts
                            .filter((a) => a.underTarget)
                            .map((a) => (
                              <Tag key={a.accountId} size="xsmall" variant="warning" className="publishing-grid__under">
                                {t('publishing.grid.under', { account: names.get(a.accountId) ?? '', posts: a.posts, target: a.target })}
                              </Tag>
                            ))}
                          <ul className="publishing-grid__posts">
                            {counts?.first.map((p) => (
                              <CalendarPostItem key={p.id} post={p} accountName={names.get(p.accountId) ?? ''} day={day} sponsored={sponsored.has(p.id)} onMove={(post, date) => void move(post, date)} />
                            ))}
                          </ul>
                          {counts && counts.more > 0 && (
                            <Button
                              type="button"
                              size="xsmall"
                              variant="tertiary"
                              aria-expanded={openDay === day}
                              aria-label={t('publishing.grid.moreLabel', { count: counts.posts, date: day })}
                              onClick={() => setOpenDay(openDay === day ? null : day)}
                            >
                              {t('publishing.grid.more', { count: counts.more })}
                            </Button>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {open && (
          <CalendarDayPanel
            day={open}
            filters={filters}
            names={names}
            sponsored={sponsored}
            version={version + moves}
            onMove={(post, date) => void move(post, date)}
            onClose={() => {
              // Back to the day's "more" button, where the reader was before the day opened.
              document.querySelector<HTMLElement>(`td[data-day="${open.date}"] button[aria-expanded]`)?.focus();
              setOpenDay(null);
            }}
          />
        )}
      </VStack>
    </Section>
  );
}
