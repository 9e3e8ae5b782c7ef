import { useCallback, useRef, useState } from 'react';
import { BodyShort, Pagination, VStack } from '@navikt/ds-react';
import { approvalApi } from '../api/approval';
import { channelsApi } from '../api/channels';
import { inboxStream } from '../api/inbox';
import type { InboxEvent } from '../api/types';
import { useT } from '../i18n/i18n';
import { RefSelect } from '../common/RefSelect';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { ApprovalItem } from './ApprovalItem';
import { InboxFrame } from './InboxFrame';
import { useDebouncedCallback } from '../common/useDebouncedCallback';
import { useEventStream } from '../common/useEventStream';

/** The partner on duty's queue: every reply waiting in the reader's teams, live. */
export function ApprovalsPage() {
  const t = useT();
  const [teamId, setTeamId] = useState<number | null>(null);
  const [page, setPage] = useState(0);
  const { data, error, reload } = useLoad(useCallback(() => approvalApi.waiting(teamId, page), [teamId, page]));
  const teams = useLoad(channelsApi.teams).data ?? [];
  const [status, setStatus] = useState<string | null>(null);
  const arrived = useRef(0);

  const refresh = useDebouncedCallback(() => {
    void reload();
    if (arrived.current > 0) setStatus(t('inbox.approvals.arrived', { count: arrived.current }));
    arrived.current = 0;
  }, 300);
  useEventStream<InboxEvent>(inboxStream, 'approval', (e) => {
    if (e.status === 'AWAITING_APPROVAL' && !data?.items.some((a) => a.id === e.replyId)) arrived.current += 1;
    refresh();
  });

  return (
    <InboxFrame heading={t('inbox.approvals.title')}>
      <VStack gap="space-24">
        <BodyShort>{t('inbox.approvals.intro')}</BodyShort>
        {teams.length > 1 && (
          <div>
            <RefSelect
              label={t('inbox.filter.team')}
              size="small"
              noneLabel={t('inbox.filter.allTeams')}
              options={teams}
              value={teamId}
              onChange={(id) => (setTeamId(id), setPage(0))}
            />
          </div>
        )}
        <StatusMessage text={status} />
        {data === null ? (
          <LoadProblem error={error} />
        ) : (
          <>
            <BodyShort aria-live="polite">{t('inbox.approvals.total', { count: data.totalElements })}</BodyShort>
            {data.items.length > 0 && (
              <VStack as="ul" gap="space-16" className="samtale-plain-list" aria-label={t('inbox.approvals.title')}>
                {data.items.map((a) => (
                  <li key={a.id}>
                    <ApprovalItem approval={a} onDecided={(_, text) => (setStatus(text), void reload())} />
                  </li>
                ))}
              </VStack>
            )}
            {data.totalPages > 1 && (
              <Pagination page={page + 1} count={data.totalPages} onPageChange={(p) => setPage(p - 1)} srHeading={{ tag: 'h2', text: t('inbox.pages') }} />
            )}
          </>
        )}
      </VStack>
    </InboxFrame>
  );
}
