import { Button, Table } from '@navikt/ds-react';
import type { RetentionPolicy } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { keptFor } from './retentionText';
import { TableScroll } from '../common/TableScroll';

interface Props {
  policies: RetentionPolicy[];
  onEdit: (policy: RetentionPolicy) => void;
}

/** One row per kind of dialogue: how long it is kept and what happens when the time is up. */
export function RetentionTable({ policies, onEdit }: Props) {
  const { t, language } = useLanguage();
  return (
    <TableScroll>
      <Table size="small" aria-labelledby="retention-rules-heading">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('privacy.retention.category')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.retention.keptFor')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.retention.then')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('privacy.retention.updated')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {policies.map((p) => {
            const name = t(`privacy.category.${p.category}`);
            return (
              <Table.Row key={p.category}>
                <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
                <Table.DataCell>{keptFor(p.months, t)}</Table.DataCell>
                <Table.DataCell>{p.months === null ? '–' : t(`privacy.retentionAction.${p.action}`)}</Table.DataCell>
                <Table.DataCell>{p.updatedAt ? formatDateTime(p.updatedAt, language) : '–'}</Table.DataCell>
                <Table.DataCell>
                  <Button size="small" variant="secondary" aria-label={t('privacy.retention.editLabel', { name })} onClick={() => onEdit(p)}>
                    {t('privacy.retention.edit')}
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
