import { Table } from '@navikt/ds-react';
import { TableScroll } from '../common/TableScroll';
import { formatMonth } from '../common/format';
import { useLanguage } from '../i18n/i18n';
import type { ContactFigures } from './contactsApi';

/** Contacts per month (rows) and group (columns): what the offices saw, month by month. */
export function ContactFiguresTable({ figures, label }: { figures: ContactFigures; label: (key: string, name: string) => string }) {
  const { t, language } = useLanguage();
  const groups = [...new Map(figures.rows.map((r) => [r.key, r.label])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const count = (month: string, key: string) =>
    figures.rows.find((r) => r.month === month && r.key === key)?.contacts ?? 0;
  return (
    <TableScroll>
      <Table size="small">
        <caption className="aksel-sr-only">{t('contacts.figures.caption')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('contacts.figures.month')}</Table.HeaderCell>
            {groups.map(([key, name]) => (
              <Table.HeaderCell key={key} scope="col" align="right">
                {label(key, name)}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col" align="right">
              {t('contacts.figures.total')}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {figures.months.map((month) => (
            <Table.Row key={month}>
              <Table.HeaderCell scope="row">{formatMonth(month, language)}</Table.HeaderCell>
              {groups.map(([key]) => (
                <Table.DataCell key={key} align="right">
                  {count(month, key)}
                </Table.DataCell>
              ))}
              <Table.DataCell align="right">
                {figures.rows.filter((r) => r.month === month).reduce((sum, r) => sum + r.contacts, 0)}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
