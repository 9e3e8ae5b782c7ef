import { useCallback } from 'react';
import { BodyShort, Heading, HStack, Link } from '@navikt/ds-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { LoadProblem } from '../common/LoadProblem';
import { formatMinutes, formatPercent } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { analyticsApi, serviceExportLink, type Range } from './analyticsApi';
import { ChartWithTable } from './ChartWithTable';
import { minutes } from './figures';
import { MonthlyReportsList } from './MonthlyReportsList';
import type { Platform } from '../api/types';

/** A team's service over the range: first response and the four-eyes wait apart, SLA hit rate, replies per advisor. */
export function TeamService({ teamId, range }: { teamId: number; range: Range }) {
  const { t, language } = useLanguage();
  const load = useCallback(() => analyticsApi.service(teamId, range), [teamId, range]);
  const { data, error } = useLoad(load);
  if (!data) return <LoadProblem error={error} />;
  const m = (seconds: number | null) => (seconds === null ? '–' : formatMinutes(minutes(seconds) ?? 0, t));
  const rows = [
    { measure: t('analytics.service.firstResponse'), p50: minutes(data.firstResponseP50Seconds), p90: minutes(data.firstResponseP90Seconds) },
    { measure: t('analytics.service.approvalWait'), p50: minutes(data.approvalWaitP50Seconds), p90: minutes(data.approvalWaitP90Seconds) },
    { measure: t('analytics.service.timeToClose'), p50: minutes(data.timeToCloseP50Seconds), p90: minutes(data.timeToCloseP90Seconds) },
  ];
  const channels = data.channels.map((c) => ({
    channel: `${c.accountName} (${t(`platform.${c.platform as Platform}`)})`,
    replies: c.replies,
    p50: minutes(c.waitP50Seconds),
    p90: minutes(c.waitP90Seconds),
  }));
  return (
    <section aria-label={t('analytics.service.heading', { name: data.teamName })}>
      <Heading level="2" size="small" spacing>
        {t('analytics.service.heading', { name: data.teamName })}
      </Heading>
      <BodyShort spacing>
        {t('analytics.service.summary', {
          replies: data.replies,
          perAdvisor: data.repliesPerAdvisor ?? '–',
          p50: m(data.firstResponseP50Seconds),
          approval: m(data.approvalWaitP50Seconds),
          sla: data.slaHitRate === null ? '–' : formatPercent(data.slaHitRate, language),
        })}
      </BodyShort>
      <ChartWithTable
        heading={t('analytics.service.times')}
        summary={t('analytics.service.timesSummary', { p90: m(data.firstResponseP90Seconds), approval: m(data.approvalWaitP90Seconds) })}
        kind="bar"
        rows={rows}
        xKey="measure"
        xLabel={t('analytics.service.measure')}
        series={[
          { key: 'p50', label: t('analytics.service.p50'), color: '#0067c5' },
          { key: 'p90', label: t('analytics.service.p90'), color: '#c30000' },
        ]}
        formatCell={(_, value) => (value === null ? '–' : formatMinutes(Number(value), t))}
        actions={
          <HStack gap="space-16" wrap>
            <Link href={serviceExportLink(teamId, range, 'csv')} download>
              <DownloadIcon aria-hidden /> {t('analytics.export.csv')}
            </Link>
            <Link href={serviceExportLink(teamId, range, 'xlsx')} download>
              <DownloadIcon aria-hidden /> {t('analytics.export.xlsx')}
            </Link>
          </HStack>
        }
      />
      <ChartWithTable
        heading={t('analytics.service.channels')}
        summary={t('analytics.service.channelsSummary', { closed: data.closed, close: m(data.timeToCloseP50Seconds) })}
        kind="bar"
        rows={channels}
        xKey="channel"
        xLabel={t('analytics.service.channel')}
        series={[
          { key: 'replies', label: t('analytics.service.replies'), color: '#06893a' },
          { key: 'p50', label: t('analytics.service.waitP50'), color: '#0067c5' },
          { key: 'p90', label: t('analytics.service.waitP90'), color: '#c30000' },
        ]}
        formatCell={(key, value) => (value === null ? '–' : key === 'replies' ? String(value) : formatMinutes(Number(value), t))}
      />
      <MonthlyReportsList teamId={teamId} />
    </section>
  );
}
