import { useCallback, useState } from 'react';
import { BodyShort, HStack, Link, Pagination, VStack } from '@navikt/ds-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { ApiError } from '../api/http';
import { privacyApi, privacyDownloads } from '../api/privacy';
import type { AccessLogQuery } from '../api/types';
import { useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { useLoad } from '../common/useLoad';
import { Section } from '../common/Section';
import { AccessLogFilters } from './AccessLogFilters';
import { AccessLogTable } from './AccessLogTable';
import { PrivacyPage } from './PrivacyPage';

const PAGE_SIZE = 50;
const NO_FILTERS: AccessLogQuery = { username: '', action: '', subjectKind: '', subjectId: '', from: '', to: '' };

/** Every recorded view, reveal, search, export and erasure of personal data, searchable and exportable as CSV. */
export function AccessLogPage() {
  const t = useT();
  const [query, setQuery] = useState(NO_FILTERS);
  const [page, setPage] = useState(0);
  const load = useCallback(() => privacyApi.accessLog(query, page, PAGE_SIZE), [query, page]);
  const { data, error } = useLoad(load);
  // A bad filter is shown on its field; the entries of the previous search would only mislead beside it.
  const badFilter = error instanceof ApiError && Object.keys(error.fieldErrors).length > 0;

  return (
    <PrivacyPage heading={t('privacy.accessLog.title')}>
      <VStack gap="space-24">
        <BodyShort>{t('privacy.accessLog.intro')}</BodyShort>
        <AccessLogFilters
          query={query}
          error={error}
          onSearch={(q) => {
            setQuery(q);
            setPage(0);
          }}
        />
        <Section heading={t('privacy.accessLog.entries')} id="access-log-heading">
          {badFilter ? null : data === null || error ? (
            <LoadProblem error={error} />
          ) : (
            <>
              <HStack gap="space-24" align="center" justify="space-between" wrap>
                <BodyShort aria-live="polite">{t('privacy.accessLog.total', { count: data.totalElements })}</BodyShort>
                <Link href={privacyDownloads.accessLog(query)} download>
                  <DownloadIcon aria-hidden />
                  {t('privacy.accessLog.export')}
                </Link>
              </HStack>
              {data.items.length === 0 ? (
                <BodyShort>{t('privacy.accessLog.empty')}</BodyShort>
              ) : (
                <AccessLogTable entries={data.items} labelledBy="access-log-heading" />
              )}
              {data.totalPages > 1 && (
                <Pagination page={page + 1} count={data.totalPages} onPageChange={(p) => setPage(p - 1)} srHeading={{ tag: 'h3', text: t('privacy.accessLog.pages') }} />
              )}
            </>
          )}
        </Section>
      </VStack>
    </PrivacyPage>
  );
}
