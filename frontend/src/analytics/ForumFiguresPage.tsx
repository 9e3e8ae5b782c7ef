import { useCallback, useMemo, useState } from 'react';
import { Alert, BodyShort, HStack, Link, Select, VStack } from '@navikt/ds-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { formatDate, formatMinutes, formatMonth, formatPercent, isoDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { BackgroundExport } from './BackgroundExport';
import { ChartWithTable } from './ChartWithTable';
import { annotationsApi, marksWithin } from './analyticsApi';
import { forumExportLink, forumFiguresApi, lastTwelveMonths, type MonthRange } from './forumApi';
import './analytics.css';

/** The last five years of months, newest first, for the range pickers. */
function monthChoices(today: string): string[] {
  const [year, month] = today.split('-').map(Number);
  return Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(year, month - 1 - i, 1)).toISOString().slice(0, 7));
}

/** The last day of a month (YYYY-MM) as YYYY-MM-DD. */
function lastDay(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/** The forum's monthly report: views, posts, members, the 90-9-1 spread, answer times and escalations. */
export function ForumFiguresPage() {
  const { t, language } = useLanguage();
  const today = useMemo(() => isoDate(new Date()), []);
  const [range, setRange] = useState<MonthRange>(() => lastTwelveMonths(today));
  const [space, setSpace] = useState<number | null>(null);
  const loadSpaces = useCallback(() => forumFiguresApi.spaces(), []);
  const { data: spaces, error: spacesError } = useLoad(loadSpaces);
  const load = useCallback(async () => {
    const [figures, notes] = await Promise.all([
      forumFiguresApi.monthly(space, range),
      annotationsApi.list({ from: `${range.from}-01`, to: lastDay(range.to) }),
    ]);
    return { ...figures, notes };
  }, [space, range]);
  const { data, error } = useLoad(load);
  const months = monthChoices(today);
  const number = (value: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : language).format(value);
  const minutes = (seconds: number | null) => (seconds === null ? '–' : formatMinutes(Math.round(seconds / 60), t));
  const share = (value: number | null) => (value === null ? '–' : formatPercent(value, language));

  if (!spaces) return <LoadProblem error={spacesError} />;
  if (spaces.length === 0) {
    return (
      <VStack gap="space-24">
        <PageHeading>{t('analytics.forum.heading')}</PageHeading>
        <Alert variant="info">{t('analytics.forum.nothing')}</Alert>
      </VStack>
    );
  }
  return (
    <VStack gap="space-24">
      <PageHeading>{t('analytics.forum.heading')}</PageHeading>
      <BodyShort>{t('analytics.forum.intro')}</BodyShort>
      <HStack gap="space-16" align="end" wrap>
        <Select label={t('analytics.forum.space')} size="small" value={space ?? ''}
          onChange={(e) => setSpace(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{t('analytics.forum.allSpaces')}</option>
          {spaces.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
        <Select label={t('analytics.from')} size="small" value={range.from}
          onChange={(e) => setRange((r) => ({ from: e.target.value, to: r.to < e.target.value ? e.target.value : r.to }))}>
          {months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m, language)}
            </option>
          ))}
        </Select>
        <Select label={t('analytics.to')} size="small" value={range.to}
          onChange={(e) => setRange((r) => ({ to: e.target.value, from: r.from > e.target.value ? e.target.value : r.from }))}>
          {months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m, language)}
            </option>
          ))}
        </Select>
      </HStack>
      {!data ? (
        <LoadProblem error={error} />
      ) : (
        <>
          <BodyShort>
            {t('analytics.forum.peaks', {
              postsMonth: data.peaks.postsMonth ? formatMonth(data.peaks.postsMonth, language) : '–',
              posts: number(data.peaks.posts),
              viewsMonth: data.peaks.viewsMonth ? formatMonth(data.peaks.viewsMonth, language) : '–',
              views: number(data.peaks.views),
              day: data.peaks.viewsDay ? formatDate(data.peaks.viewsDay, language) : '–',
              dayViews: number(data.peaks.dayViews),
            })}
          </BodyShort>
          <ChartWithTable
            heading={t('analytics.forum.activity', { name: data.spaceName ?? t('analytics.forum.allSpaces') })}
            summary={t('analytics.forum.activitySummary', {
              months: data.items.length,
              posts: number(data.items.reduce((sum, m) => sum + m.posts, 0)),
              views: number(data.items.reduce((sum, m) => sum + m.views, 0)),
            })}
            kind="bar"
            rows={data.items.map((m) => ({ month: m.month, views: m.views, posts: m.posts, members: m.members, contributors: m.contributors }))}
            xKey="month"
            xLabel={t('analytics.month')}
            series={[
              { key: 'views', label: t('analytics.forum.views'), color: '#0067c5' },
              { key: 'posts', label: t('analytics.forum.posts'), color: '#ff9100' },
              { key: 'members', label: t('analytics.forum.members'), color: '#06893a' },
              { key: 'contributors', label: t('analytics.forum.contributors'), color: '#8269a2' },
            ]}
            formatX={(m) => formatMonth(m, language)}
            formatCell={(_, value) => (value === null ? '–' : number(Number(value)))}
            marks={marksWithin(data.notes, range.from, range.to, true)}
            actions={
              <HStack gap="space-16" wrap>
                <Link href={forumExportLink(space, range, 'csv')} download>
                  <DownloadIcon aria-hidden /> {t('analytics.export.csv')}
                </Link>
                <Link href={forumExportLink(space, range, 'xlsx')} download>
                  <DownloadIcon aria-hidden /> {t('analytics.export.xlsx')}
                </Link>
                <BackgroundExport body={{ kind: 'FORUM_MONTHLY', spaceId: space, from: range.from, to: range.to }} />
              </HStack>
            }
          />
          <ChartWithTable
            heading={t('analytics.forum.spread')}
            summary={t('analytics.forum.spreadSummary')}
            kind="line"
            rows={data.items.map((m) => ({ month: m.month, top1Share: m.top1Share, top10Share: m.top10Share }))}
            xKey="month"
            xLabel={t('analytics.month')}
            series={[
              { key: 'top1Share', label: t('analytics.forum.top1'), color: '#c30000' },
              { key: 'top10Share', label: t('analytics.forum.top10'), color: '#0067c5' },
            ]}
            formatX={(m) => formatMonth(m, language)}
            formatCell={(_, value) => share(value === null ? null : Number(value))}
          />
          <ChartWithTable
            heading={t('analytics.forum.answers')}
            summary={t('analytics.forum.answersSummary')}
            kind="bar"
            rows={data.items.map((m) => ({
              month: m.month,
              questions: m.questions,
              firstAnswer: m.firstAnswerP50Seconds === null ? null : Math.round(m.firstAnswerP50Seconds / 60),
              verifiedAnswer: m.verifiedAnswerP50Seconds === null ? null : Math.round(m.verifiedAnswerP50Seconds / 60),
              escalationsOpen: m.escalationsOpen,
              escalationsOverdue: m.escalationsOverdue,
            }))}
            xKey="month"
            xLabel={t('analytics.month')}
            series={[
              { key: 'questions', label: t('analytics.forum.questions'), color: '#0067c5' },
              { key: 'firstAnswer', label: t('analytics.forum.firstAnswer'), color: '#ff9100' },
              { key: 'verifiedAnswer', label: t('analytics.forum.verifiedAnswer'), color: '#06893a' },
              { key: 'escalationsOpen', label: t('analytics.forum.escalationsOpen'), color: '#8269a2' },
              { key: 'escalationsOverdue', label: t('analytics.forum.escalationsOverdue'), color: '#c30000' },
            ]}
            formatX={(m) => formatMonth(m, language)}
            formatCell={(key, value) =>
              value === null ? '–' : key === 'firstAnswer' || key === 'verifiedAnswer' ? minutes(Number(value) * 60) : number(Number(value))
            }
          />
        </>
      )}
    </VStack>
  );
}
