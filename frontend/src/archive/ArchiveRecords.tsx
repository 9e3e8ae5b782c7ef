import { BodyShort, Button, Table } from '@navikt/ds-react';
import type { ArchiveRecord } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { TableScroll } from '../common/TableScroll';

interface Props {
  records: ArchiveRecord[];
  labelledBy: string;
  /** Given on the failed list: a retry button per row. */
  onRetry?: (record: ArchiveRecord) => void;
}

/** Journaled case folders: case number, what it is, whether the folder is closed, and how far its delivery got. */
export function ArchiveRecords({ records, labelledBy, onRetry }: Props) {
  const { t, language } = useLanguage();
  if (records.length === 0) return <BodyShort>{t('archive.records.none')}</BodyShort>;
  return (
    <TableScroll>
      <Table size="small" aria-labelledby={labelledBy}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('archive.records.caseNumber')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('archive.records.title')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('archive.records.source')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('archive.records.folder')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('archive.records.delivery')}</Table.HeaderCell>
            {onRetry && <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {records.map((r) => (
            <Table.Row key={r.id}>
              <Table.HeaderCell scope="row">{r.caseNumber}</Table.HeaderCell>
              <Table.DataCell>
                {r.title}
                {r.screened && <BodyShort size="small">{t('archive.records.screened', { basis: r.legalBasis ?? '' })}</BodyShort>}
              </Table.DataCell>
              <Table.DataCell>{t(`archive.source.${r.sourceKind}`)}</Table.DataCell>
              <Table.DataCell>
                {r.closedAt ? t('archive.records.closedAt', { at: formatDateTime(r.closedAt, language) }) : t('archive.records.open')}
              </Table.DataCell>
              <Table.DataCell>
                {r.deliveryState ? t(`archive.delivery.${r.deliveryState}`, { attempts: r.deliveryAttempts }) : t('archive.delivery.none')}
                {r.deliveryError && <BodyShort size="small">{t('archive.delivery.error', { error: r.deliveryError })}</BodyShort>}
              </Table.DataCell>
              {onRetry && (
                <Table.DataCell>
                  <Button size="small" variant="secondary" aria-label={t('archive.records.retryLabel', { number: r.caseNumber })} onClick={() => onRetry(r)}>
                    {t('archive.records.retry')}
                  </Button>
                </Table.DataCell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
