import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, HStack, Link, VStack } from '@navikt/ds-react';
import { ChartWithTable } from '../analytics/ChartWithTable';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { formatMonth } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { contactsApi, type ChannelMixView } from './contactsApi';
import { GuideUsageChart } from './GuideUsageChart';
import { MonthRangeForm, type MonthRange } from './MonthRangeForm';
import '../analytics/analytics.css';

/**
 * /analyse/kanaler: contacts per channel per month with the share handled digitally, and the phone queue beside
 * them, so a leader sees a channel shift as it happens. From the contact log, the telephony system's figures and the
 * inbox's new conversations (from analytics). The last twelve months unless other months are chosen (up to 36).
 */
export function ChannelMixPage() {
  const { t, language } = useLanguage();
  const [range, setRange] = useState<MonthRange | null>(null);
  const load = useCallback(() => contactsApi.channelMix(range?.from, range?.to), [range]);
  const { data: mix, error } = useLoad(load);
  if (mix === null) {
    return (
      <VStack gap="space-16">
        <LoadProblem error={error} />
        {range !== null && (
          <Button type="button" size="small" variant="secondary" onClick={() => setRange(null)}>
            {t('channelMix.lastTwelve')}
          </Button>
        )}
      </VStack>
    );
  }
  const rows = mix.months.map((m) => ({ ...m, digitalShare: m.digitalShare ?? null, waitMinutes: m.waitMinutes ?? null }));
  const number = (value: string | number | null) =>
    value === null ? '–' : typeof value === 'number' ? value.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO') : value;
  // The three charts share their rows and month axis.
  const perMonth = {
    rows,
    xKey: 'month' as const,
    xLabel: t('contacts.figures.month'),
    formatX: (m: string) => formatMonth(m, language),
    formatCell: (_: string, v: string | number | null) => number(v),
  };
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t('channelMix.heading')}</PageHeading>
        <BodyShort>{t('channelMix.intro')}</BodyShort>
        <HStack gap="space-16" wrap>
          <Link href={contactsApi.exportUrl('csv', range?.from, range?.to)} download>
            {t('channelMix.exportCsv')}
          </Link>
          <Link href={contactsApi.exportUrl('xlsx', range?.from, range?.to)} download>
            {t('channelMix.exportXlsx')}
          </Link>
          <Link as={RouterLink} to="/kontaktlogg">
            {t('channelMix.toContactLog')}
          </Link>
        </HStack>
        {mix.months.length > 0 && (
          <MonthRangeForm
            key={`${mix.months[0].month}-${mix.months[mix.months.length - 1].month}`}
            first={mix.months[0].month}
            last={mix.months[mix.months.length - 1].month}
            onChoose={setRange}
          />
        )}
      </VStack>
      <ChartWithTable
        heading={t('channelMix.perChannel')}
        summary={summary(mix, t, language)}
        kind="bar"
        {...perMonth}
        series={[
          { key: 'selfService', label: t('contacts.channel.SELF_SERVICE'), color: '#0067c5' },
          { key: 'chat', label: t('contacts.channel.CHAT'), color: '#005b82' },
          { key: 'social', label: t('contacts.channel.SOCIAL'), color: '#634689' },
          { key: 'phone', label: t('contacts.channel.PHONE'), color: '#c77300' },
          { key: 'office', label: t('contacts.channel.OFFICE'), color: '#06893a' },
        ]}
      />
      <ChartWithTable
        heading={t('channelMix.digitalShareHeading')}
        summary={t('channelMix.digitalShareSummary')}
        kind="line"
        {...perMonth}
        series={[
          { key: 'digital', label: t('channelMix.digital'), color: '#0067c5' },
          { key: 'total', label: t('channelMix.total'), color: '#262626' },
          { key: 'digitalShare', label: t('channelMix.digitalShare'), color: '#06893a' },
        ]}
      />
      <ChartWithTable
        heading={t('channelMix.phoneQueue')}
        summary={t('channelMix.phoneQueueSummary')}
        kind="line"
        {...perMonth}
        series={[
          { key: 'calls', label: t('channelMix.calls'), color: '#c77300' },
          { key: 'answered', label: t('channelMix.answered'), color: '#06893a' },
          { key: 'waitMinutes', label: t('channelMix.waitMinutes'), color: '#c30000' },
        ]}
      />
      <ChartWithTable
        heading={t('channelMix.inboxHeading')}
        summary={t('channelMix.inboxSummary')}
        kind="bar"
        {...perMonth}
        series={[
          { key: 'inboxChat', label: t('channelMix.inboxChat'), color: '#005b82' },
          { key: 'inboxSocial', label: t('channelMix.inboxSocial'), color: '#634689' },
        ]}
      />
      {mix.months.length > 0 && <GuideUsageChart from={mix.months[0].month} to={mix.months[mix.months.length - 1].month} />}
    </VStack>
  );
}

/** One sentence for the chart and for everyone: the digital share at the start and end of the period. */
function summary(mix: ChannelMixView, t: ReturnType<typeof useLanguage>['t'], language: string): string {
  if (mix.firstShare === null || mix.lastShare === null || mix.firstShare === undefined || mix.lastShare === undefined) {
    return t('channelMix.noContacts');
  }
  const percent = (v: number) => v.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO');
  return t('channelMix.summary', { total: mix.total.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO'), first: percent(mix.firstShare), last: percent(mix.lastShare) });
}
