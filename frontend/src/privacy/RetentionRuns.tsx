import { Button, Table } from '@navikt/ds-react';
import type { RetentionRun } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { TableScroll } from '../common/TableScroll';

interface Props {
  runs: RetentionRun[];
  onShow: (run: RetentionRun) => void;
}

/** The latest runs, the nightly task's and those started by hand, each with the way to its report. */
export function RetentionRuns({ runs, onShow }: Props) {
  const { t, language } = useLanguage();
  return (
    <TableScroll>
      <Table size="small" aria-labelledby="retention-runs-heading">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('privacy.retention.startedAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.retention.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.retention.startedBy')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" align="right">
              {t('privacy.retention.records')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {runs.map((run, i) => {
            const when = formatDateTime(run.startedAt, language);
            return (
              <Table.Row key={run.id ?? `run-${i}`}>
                <Table.HeaderCell scope="row">{when}</Table.HeaderCell>
                <Table.DataCell>{t(run.dryRun ? 'privacy.retention.dryRunKind' : 'privacy.retention.runKind')}</Table.DataCell>
                <Table.DataCell>
                  {run.triggeredBy === null ? t('privacy.retention.byTask') : (run.startedBy?.name ?? t('privacy.retention.byHand'))}
                </Table.DataCell>
                <Table.DataCell align="right">{run.records}</Table.DataCell>
                <Table.DataCell>
                  <Button size="small" variant="tertiary" aria-label={t('privacy.retention.showReportLabel', { when })} onClick={() => onShow(run)}>
                    {t('privacy.retention.showReport')}
                  </Button>
                </Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
