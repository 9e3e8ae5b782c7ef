import { useCallback, useState } from 'react';
import { BodyShort, Heading, Pagination, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { Report } from '../api/types';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import { ForumBackLink } from './ForumBackLink';
import { ForumLoadProblem } from './ForumLoadProblem';
import { ReasonModal } from './ReasonModal';
import { ReportItem } from './ReportItem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import './forum.css';

export function ModerationPage() {
  const t = useT();
  const [page, setPage] = useState(0);
  const { data, error, reload } = useLoad(useCallback(() => forumApi.openReports(page), [page]));
  const [resolving, setResolving] = useState<{ report: Report; action: 'DISMISS' | 'REMOVE' } | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <VStack gap="space-24">
      <ForumBackLink to="/forum" text={t('forum.backToForum')} />
      <PageHeading>{t('forum.moderation.title')}</PageHeading>
      <StatusMessage text={status} />
      <section aria-labelledby="reports-heading">
        <VStack gap="space-16">
          <Heading level="2" size="medium" id="reports-heading">
            {t('forum.moderation.openReports')}
          </Heading>
          {data === null ? (
            <ForumLoadProblem error={error} />
          ) : data.items.length === 0 ? (
            <BodyShort>{t('forum.moderation.empty')}</BodyShort>
          ) : (
            <VStack as="ul" gap="space-12" className="samtale-plain-list" aria-labelledby="reports-heading">
              {data.items.map((r) => (
                <li key={r.id}>
                  <ReportItem report={r} onResolve={(report, action) => setResolving({ report, action })} />
                </li>
              ))}
            </VStack>
          )}
          {data && data.totalPages > 1 && (
            <Pagination page={page + 1} count={data.totalPages} onPageChange={(p) => setPage(p - 1)} srHeading={{ tag: 'h3', text: t('forum.pages') }} />
          )}
        </VStack>
      </section>
      {resolving && (
        <ReasonModal
          heading={t(resolving.action === 'DISMISS' ? 'forum.report.dismissHeading' : 'forum.remove.heading')}
          submit={t(resolving.action === 'DISMISS' ? 'forum.report.dismiss' : 'forum.message.remove')}
          danger={resolving.action === 'REMOVE'}
          onSubmit={async (reason) => {
            await forumApi.resolveReport(resolving.report.id, resolving.action, reason);
            setResolving(null);
            setStatus(t(resolving.action === 'DISMISS' ? 'forum.report.dismissed' : 'forum.remove.done'));
            await reload();
          }}
          onClose={() => setResolving(null)}
        />
      )}
    </VStack>
  );
}
