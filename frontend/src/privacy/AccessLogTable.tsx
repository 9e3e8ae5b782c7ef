import { Table } from '@navikt/ds-react';
import type { AccessEntry } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { TableScroll } from '../common/TableScroll';

/** The access log's entries, newest first: who did what with whose data, when and why. */
export function AccessLogTable({ entries, labelledBy }: { entries: AccessEntry[]; labelledBy: string }) {
  const { t, language } = useLanguage();
  return (
    <TableScroll>
      <Table size="small" aria-labelledby={labelledBy}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('privacy.accessLog.at')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.accessLog.username')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.accessLog.action')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.accessLog.subject')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.accessLog.purpose')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {entries.map((e) => (
            <Table.Row key={e.id}>
              <Table.HeaderCell scope="row">{formatDateTime(e.at, language)}</Table.HeaderCell>
              <Table.DataCell>{e.username}</Table.DataCell>
              <Table.DataCell>{t(`privacy.action.${e.action}`)}</Table.DataCell>
              <Table.DataCell className="samtale-privacy-id">
                {e.subjectKind} {e.subjectId}
              </Table.DataCell>
              <Table.DataCell>{e.purpose ?? '–'}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
