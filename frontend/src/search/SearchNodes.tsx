import { BodyShort, Heading, Table } from '@navikt/ds-react';
import type { SearchStatus } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { TableScroll } from '../common/TableScroll';

/** Each node's place in the search change feed: how far behind its own index is. */
export function SearchNodes({ status }: { status: SearchStatus }) {
  const { t, language } = useLanguage();
  const nodes = status.nodes ?? [];
  const time = (iso: string) => formatDateTime(iso, language);
  return (
    <>
      <Heading level="3" size="small">
        {t('search.admin.nodes')}
      </Heading>
      <BodyShort>{t('search.admin.nodesIntro')}</BodyShort>
      {nodes.length === 0 ? (
        <BodyShort>{t('search.admin.noNodes')}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('search.admin.node')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('search.admin.changesBehind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('search.admin.secondsBehind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('search.admin.seenAt')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('search.admin.rebuiltAt')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {nodes.map((node) => (
                <Table.Row key={node.node}>
                  <Table.HeaderCell scope="row">
                    {node.node}
                    {node.node === status.node && ` (${t('search.admin.thisNode')})`}
                  </Table.HeaderCell>
                  <Table.DataCell>{node.changesBehind}</Table.DataCell>
                  <Table.DataCell>{node.secondsBehind}</Table.DataCell>
                  <Table.DataCell>{time(node.seenAt)}</Table.DataCell>
                  <Table.DataCell>{node.rebuiltAt ? time(node.rebuiltAt) : '–'}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
