import { useCallback, useState } from 'react';
import { BodyShort, Button, HStack, Table, VStack } from '@navikt/ds-react';
import { channelsApi } from '../api/channels';
import type { Figure } from '../api/types';
import { useT, type Translate } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { useSubmit } from '../common/useSubmit';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { TableScroll } from '../common/TableScroll';
import { DateField } from '../common/DateField';

const METRICS = ['page_follows', 'page_total_media_view_unique', 'post_total_media_view_unique', 'post_media_view'] as const;

function metricName(metric: string, t: Translate): string {
  return (METRICS as readonly string[]).includes(metric) ? t(`channels.figures.metric.${metric as (typeof METRICS)[number]}`) : metric;
}

/** The page's and its posts' figures for a chosen period (ISO dates), and pulling them from Meta now. */
export function MetaFiguresSection({ accountId }: { accountId: number }) {
  const t = useT();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const [status, setStatus] = useState<string | null>(null);
  const figures = useLoad(useCallback(() => channelsApi.accountFigures(accountId, range), [accountId, range]));
  const pull = useSubmit({ resetBusyOnSuccess: true });

  const pullNow = pull.submit(async () => {
    const result = await channelsApi.pullFigures(accountId);
    setStatus(t('channels.figures.pulled', { count: result.stored }));
    await figures.reload();
  });
  const rows: Figure[] = figures.data?.figures ?? [];

  return (
    <Section heading={t('channels.figures.heading')} id="figures-heading">
      <StatusMessage text={status} />
      <form onSubmit={(e) => (e.preventDefault(), setRange({ from: from.trim(), to: to.trim() }))} noValidate>
        <HStack gap="space-16" align="end" wrap>
          <DateField label={t('channels.figures.from')} value={from} onChange={setFrom} error={fieldError(figures.error, 'from')} />
          <DateField label={t('channels.figures.to')} value={to} onChange={setTo} error={fieldError(figures.error, 'to')} />
          <Button type="submit" variant="secondary">
            {t('channels.figures.show')}
          </Button>
        </HStack>
      </form>
      <form onSubmit={pullNow}>
        <VStack gap="space-8" align="start">
          {formLevelError(pull.error, t) && <BodyShort role="alert">{formLevelError(pull.error, t)}</BodyShort>}
          <Button type="submit" variant="secondary" loading={pull.busy}>
            {t('channels.figures.pull')}
          </Button>
        </VStack>
      </form>
      {figures.data === null && !fieldError(figures.error, 'from') && !fieldError(figures.error, 'to') ? (
        <LoadProblem error={figures.error} />
      ) : rows.length === 0 ? (
        <BodyShort>{t('channels.figures.empty')}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small" aria-labelledby="figures-heading">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('channels.figures.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('channels.figures.object')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('channels.figures.metric')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">{t('channels.figures.value')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((f) => (
                <Table.Row key={`${f.date}-${f.objectId}-${f.metric}`}>
                  <Table.DataCell>{f.date}</Table.DataCell>
                  <Table.DataCell>{f.objectKind === 'PAGE' ? t('channels.figures.page') : t('channels.figures.post', { id: f.objectId })}</Table.DataCell>
                  <Table.DataCell>{metricName(f.metric, t)}</Table.DataCell>
                  <Table.DataCell align="right">{f.value.toLocaleString('nb-NO')}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}
