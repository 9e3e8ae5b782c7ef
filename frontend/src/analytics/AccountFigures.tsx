import { useCallback } from 'react';
import { BodyShort, HStack, Link, VStack } from '@navikt/ds-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { LoadProblem } from '../common/LoadProblem';
import { formatDate, formatMonth, formatPercent } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { analyticsApi, annotationsApi, exportLink, marksWithin, type Range } from './analyticsApi';
import { BackgroundExport } from './BackgroundExport';
import { ChartWithTable } from './ChartWithTable';
import { byMonth, change, lastYear, peak, previousPeriod, suppressed, total, yearInNumbers, type DailyFigures } from './figures';
import { isoDate } from '../common/format';

/** One account's figures over the range, compared with the period before, by day and by month, and its year. */
export function AccountFigures({ accountId, range, version = 0 }: { accountId: number; range: Range; version?: number }) {
  const { t, language } = useLanguage();
  const load = useCallback(async () => {
    const year = lastYear(isoDate(new Date()));
    const [now, before, twelveMonths, notes] = await Promise.all([
      analyticsApi.daily(accountId, range),
      analyticsApi.daily(accountId, previousPeriod(range.from, range.to)),
      analyticsApi.daily(accountId, year),
      annotationsApi.list(range, { accountId }),
    ]);
    return { now, before, year: twelveMonths, yearRange: year, notes };
  }, [accountId, range, version]);
  const { data, error } = useLoad(load);
  if (!data) return <LoadProblem error={error} />;

  const days = data.now.items as DailyFigures[];
  const comments = total(days, 'comments');
  const previous = total(data.before.items as DailyFigures[], 'comments');
  const shift = change(comments, previous);
  const top = peak(days, 'comments');
  const number = (value: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : language).format(value);
  const cell = (key: string, value: string | number | null) =>
    value === null ? '–' : typeof value === 'number' ? String(suppressed(key, value)) : value;
  const summary = t('analytics.daily.summary', {
    comments: number(comments),
    change: shift === null ? t('analytics.noComparison') : t('analytics.change', { change: formatPercent(shift, language) }),
    peak: top && top.comments > 0 ? formatDate(top.date, language) : '–',
  });
  const months = byMonth(days);
  const year = yearInNumbers(data.year.items as DailyFigures[]);

  return (
    <VStack gap="space-24">
      <ChartWithTable
        heading={t('analytics.daily.heading', { name: data.now.accountName })}
        summary={summary}
        kind="line"
        rows={days.map((d) => ({ ...d }))}
        xKey="date"
        xLabel={t('analytics.date')}
        series={[
          { key: 'comments', label: t('analytics.figure.comments'), color: '#0067c5' },
          { key: 'privateMessages', label: t('analytics.figure.privateMessages'), color: '#c30000' },
          { key: 'repliesSent', label: t('analytics.figure.repliesSent'), color: '#06893a' },
          { key: 'hiddenComments', label: t('analytics.figure.hiddenComments'), color: '#8269a2' },
        ]}
        formatX={(d) => formatDate(d, language)}
        formatCell={cell}
        marks={marksWithin(data.notes, range.from, range.to)}
        actions={
          <HStack gap="space-16" wrap>
            <Link href={exportLink(accountId, range, 'csv')} download>
              <DownloadIcon aria-hidden /> {t('analytics.export.csv')}
            </Link>
            <Link href={exportLink(accountId, range, 'xlsx')} download>
              <DownloadIcon aria-hidden /> {t('analytics.export.xlsx')}
            </Link>
            <BackgroundExport body={{ kind: 'ACCOUNT_DAILY', accountId, from: range.from, to: range.to }} />
          </HStack>
        }
      />
      <BodyShort size="small">{t('analytics.suppressionNote')}</BodyShort>
      <ChartWithTable
        heading={t('analytics.monthly.heading')}
        summary={t('analytics.monthly.summary', { months: months.length, posts: number(total(days, 'posts')) })}
        kind="bar"
        rows={months.map((m) => ({ ...m }))}
        xKey="month"
        xLabel={t('analytics.month')}
        series={[
          { key: 'posts', label: t('analytics.figure.posts'), color: '#0067c5' },
          { key: 'comments', label: t('analytics.figure.comments'), color: '#ff9100' },
        ]}
        formatX={(m) => formatMonth(m, language)}
        formatCell={cell}
      />
      <section aria-label={t('analytics.year.heading')}>
        <h2 className="navds-heading navds-heading--small">{t('analytics.year.heading')}</h2>
        <BodyShort spacing>
          {t('analytics.year.range', { from: formatDate(data.yearRange.from, language), to: formatDate(data.yearRange.to, language) })}
        </BodyShort>
        <dl className="samtale-analytics-numbers">
          <div>
            <dt>{t('analytics.figure.followersAtEnd')}</dt>
            <dd>{year.followersAtEnd === null ? '–' : number(year.followersAtEnd)}</dd>
          </div>
          <div>
            <dt>{t('analytics.figure.comments')}</dt>
            <dd>{number(year.comments)}</dd>
          </div>
          <div>
            <dt>{t('analytics.figure.reach')}</dt>
            <dd>{number(year.reach)}</dd>
          </div>
          <div>
            <dt>{t('analytics.figure.privateMessages')}</dt>
            <dd>{number(year.privateMessages)}</dd>
          </div>
          <div>
            <dt>{t('analytics.figure.posts')}</dt>
            <dd>{number(year.posts)}</dd>
          </div>
        </dl>
      </section>
    </VStack>
  );
}
