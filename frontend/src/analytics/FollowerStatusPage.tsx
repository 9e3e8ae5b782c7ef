import { useCallback } from 'react';
import { Alert, BodyShort, Heading, Table, VStack } from '@navikt/ds-react';
import { AdminPage } from '../shell/AdminPage';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { useLoad } from '../common/useLoad';
import { TableScroll } from '../common/TableScroll';
import { analyticsApi } from './analyticsApi';

/**
 * For administrators: how far analytics has counted the inbox's messages, and the messages it passed without
 * counting because counting them kept failing (each is one short in its day's figures).
 */
export function FollowerStatusPage() {
  const { t, language } = useLanguage();
  const status = useLoad(useCallback(() => analyticsApi.follower(), []));
  const data = status.data;
  return (
    <AdminPage heading={t('analytics.follower.title')}>
      <VStack gap="space-16">
        <BodyShort>{t('analytics.follower.intro')}</BodyShort>
        {data === null ? (
          <LoadProblem error={status.error} />
        ) : (
          <>
            <BodyShort>
              {data.place === undefined || data.place === null
                ? t('analytics.follower.notStarted')
                : t('analytics.follower.place', { place: String(data.place), newest: String(data.newest), behind: String(data.idsBehind) })}
            </BodyShort>
            <Heading level="2" size="medium">
              {t('analytics.follower.skippedHeading')}
            </Heading>
            {data.skipped === 0 ? (
              <BodyShort>{t('analytics.follower.noneSkipped')}</BodyShort>
            ) : (
              <>
                <Alert variant="warning">{t('analytics.follower.skipped', { count: String(data.skipped) })}</Alert>
                <TableScroll>
                  <Table size="small">
                    <Table.Header>
                      <Table.Row>
                        <Table.HeaderCell scope="col">{t('analytics.follower.message')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('analytics.follower.skippedAt')}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t('analytics.follower.failure')}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Header>
                    <Table.Body>
                      {data.latestSkips.map((skip) => (
                        <Table.Row key={skip.messageId}>
                          <Table.HeaderCell scope="row">{skip.messageId}</Table.HeaderCell>
                          <Table.DataCell>{formatDateTime(skip.skippedAt, language)}</Table.DataCell>
                          <Table.DataCell>{skip.failure}</Table.DataCell>
                        </Table.Row>
                      ))}
                    </Table.Body>
                  </Table>
                </TableScroll>
              </>
            )}
          </>
        )}
      </VStack>
    </AdminPage>
  );
}
