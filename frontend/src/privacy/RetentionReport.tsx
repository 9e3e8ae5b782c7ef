import { BodyShort, Table } from '@navikt/ds-react';
import type { RetentionRun } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { Section } from '../common/Section';
import { targetName } from './retentionText';
import { TableScroll } from '../common/TableScroll';

/** What one run found (a dry run) or removed, per kind of dialogue and the place it is stored. */
export function RetentionReport({ run }: { run: RetentionRun }) {
  const { t, language } = useLanguage();
  const when = formatDateTime(run.startedAt, language);
  return (
    <Section heading={t(run.dryRun ? 'privacy.retention.reportDryRun' : 'privacy.retention.reportRun', { when })} id="retention-report-heading">
      <BodyShort>{t(run.dryRun ? 'privacy.retention.wouldRemove' : 'privacy.retention.removed', { count: run.records })}</BodyShort>
      {run.lines.length === 0 ? (
        <BodyShort>{t('privacy.retention.noLines')}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small" aria-labelledby="retention-report-heading">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('privacy.retention.category')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('privacy.retention.target')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('privacy.retention.cutoff')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('privacy.retention.then')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" align="right">
                  {t('privacy.retention.records')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('privacy.retention.error')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {run.lines.map((line) => (
                <Table.Row key={`${line.category}-${line.target}`}>
                  <Table.HeaderCell scope="row">{t(`privacy.category.${line.category}`)}</Table.HeaderCell>
                  <Table.DataCell>{targetName(line.target, t)}</Table.DataCell>
                  <Table.DataCell>{formatDateTime(line.cutoff, language)}</Table.DataCell>
                  <Table.DataCell>{t(`privacy.retentionAction.${line.action}`)}</Table.DataCell>
                  <Table.DataCell align="right">{line.records}</Table.DataCell>
                  <Table.DataCell>{line.error ? line.error : '–'}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}
