import { useCallback, useState } from 'react';
import { BodyShort, Pagination, Table, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import { ForumBackLink } from './ForumBackLink';
import { ForumLoadProblem } from './ForumLoadProblem';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import './forum.css';
import { TableScroll } from '../common/TableScroll';
import { AuditLineText } from './AuditLineText';

/** What moderators and administrators have done in a space, newest first, a page at a time. */
export function AuditPage() {
  const { t, language } = useLanguage();
  const spaceId = useRouteId('spaceId');
  const [page, setPage] = useState(0);
  const { data: space } = useLoad(useCallback(() => forumApi.space(spaceId), [spaceId]));
  const { data, error } = useLoad(useCallback(() => forumApi.audit(spaceId, page), [spaceId, page]));

  return (
    <VStack gap="space-24">
      <ForumBackLink to={`/forum/rom/${spaceId}`} text={space?.name ?? t('forum.space')} />
      <PageHeading>{space ? t('forum.audit.title', { space: space.name }) : t('forum.audit.link')}</PageHeading>
      <BodyShort>{t('forum.audit.intro')}</BodyShort>
      {data === null ? (
        <ForumLoadProblem error={error} />
      ) : data.items.length === 0 ? (
        <BodyShort>{t('forum.audit.empty')}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small" aria-label={t('forum.audit.table')}>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('forum.audit.at')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('forum.audit.what')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('forum.audit.detail')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.items.map((entry) => (
                <Table.Row key={entry.id}>
                  <Table.DataCell>
                    <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                  </Table.DataCell>
                  <Table.DataCell>
                    <AuditLineText entry={entry} t={t} />
                  </Table.DataCell>
                  <Table.DataCell>{entry.detail}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {data && data.totalPages > 1 && (
        <Pagination page={page + 1} count={data.totalPages} onPageChange={(p) => setPage(p - 1)} srHeading={{ tag: 'h2', text: t('forum.audit.pages') }} />
      )}
    </VStack>
  );
}
