import { useCallback } from 'react';
import { ChartWithTable } from '../analytics/ChartWithTable';
import { LoadProblem } from '../common/LoadProblem';
import { formatMonth } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { guideApi, type GuideUsageView } from '../guide/guideApi';

const CHANNELS = ['SELF_SERVICE', 'CHAT', 'SOCIAL', 'PHONE', 'OFFICE'] as const;
const COLORS = ['#0067c5', '#005b82', '#634689', '#c77300', '#06893a'];

/** The guide's counts in the same months as the mix: one row per month, a column per channel. */
export function usageRows(usage: GuideUsageView, kind: 'routed' | 'chosen'): Record<string, string | number>[] {
  return usage.months.map((month) => {
    const row: Record<string, string | number> = { month };
    for (const channel of CHANNELS) {
      row[channel] = usage.rows.find((r) => r.month === month && r.channel === channel)?.[kind] ?? 0;
    }
    return row;
  });
}

/**
 * Beside the channel mix: where the channel guide (/veiviser) sent citizens per month, best route first, and which
 * routes they followed from it. Anonymous counts from the guide; same months as the mix.
 */
export function GuideUsageChart({ from, to }: { from: string; to: string }) {
  const { t, language } = useLanguage();
  const load = useCallback(() => guideApi.usage(from, to), [from, to]);
  const { data, error } = useLoad(load);
  if (data === null) return <LoadProblem error={error} />;
  const locale = language === 'en' ? 'en-GB' : 'nb-NO';
  const common = {
    xKey: 'month',
    xLabel: t('contacts.figures.month'),
    formatX: (m: string) => formatMonth(m, language),
    formatCell: (_: string, v: string | number | null) => (typeof v === 'number' ? v.toLocaleString(locale) : (v ?? '–')),
    series: CHANNELS.map((channel, i) => ({ key: channel, label: t(`contacts.channel.${channel}`), color: COLORS[i] })),
  };
  const counts = { routed: data.routed.toLocaleString(locale), chosen: data.chosen.toLocaleString(locale) };
  return (
    <>
      <ChartWithTable heading={t('channelMix.guideRouted')} summary={t('channelMix.guideRoutedSummary', counts)} kind="bar" rows={usageRows(data, 'routed')} {...common} />
      <ChartWithTable heading={t('channelMix.guideChosen')} summary={t('channelMix.guideChosenSummary', counts)} kind="bar" rows={usageRows(data, 'chosen')} {...common} />
    </>
  );
}
