import { useCallback, useRef, useState } from 'react';
import { BodyShort, Pagination, VStack } from '@navikt/ds-react';
import { approvalApi } from '../api/approval';
import { teamsApi } from '../api/teams';
import { channelsApi } from '../api/channels';
import { inboxStream } from '../api/inbox';
import type { InboxEvent } from '../api/types';
import { useT } from '../i18n/i18n';
import { RefSelect } from '../common/RefSelect';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { ApprovalItem } from './ApprovalItem';
import { PostApprovalItem } from './PostApprovalItem';
import { Section } from '../common/Section';
import { InboxFrame } from './InboxFrame';
import { useDebouncedCallback } from '../common/useDebouncedCallback';
import { useEventStream } from '../common/useEventStream';

/** The partner on duty's queue: every reply waiting in the reader's teams, live, and the scheduled posts that wait. */
export function ApprovalsPage() {
  const t = useT();
  const [teamId, setTeamId] = useState<number | null>(null);
  const [page, setPage] = useState(0);
  const { data, error, reload } = useLoad(useCallback(() => approvalApi.waiting(teamId, page), [teamId, page]));
  const teams = useLoad(teamsApi.teams).data ?? [];
  const posts = useLoad(channelsApi.postsAwaitingApproval);
  const shownPosts = (posts.data ?? []).filter((p) => teamId === null || p.teamId === teamId);
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
  const decided = (text: string) => {
    setStatus(text);
    void reload();
    void posts.reload();
  };

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
                    <ApprovalItem approval={a} onDecided={(_, text) => decided(text)} />
                  </li>
                ))}
              </VStack>
            )}
            {data.totalPages > 1 && (
              <Pagination page={page + 1} count={data.totalPages} onPageChange={(p) => setPage(p - 1)} srHeading={{ tag: 'h2', text: t('inbox.pages') }} />
            )}
          </>
        )}
        <Section heading={t('inbox.approvals.posts')} id="posts-heading" size="small">
          <BodyShort>{t('inbox.approvals.postsIntro')}</BodyShort>
          {posts.data === null ? (
            <LoadProblem error={posts.error} />
          ) : shownPosts.length === 0 ? (
            <BodyShort>{t('inbox.approvals.noPosts')}</BodyShort>
          ) : (
            <VStack as="ul" gap="space-16" className="samtale-plain-list" aria-labelledby="posts-heading">
              {shownPosts.map((p) => (
                <li key={p.id}>
                  <PostApprovalItem post={p} onDecided={decided} />
                </li>
              ))}
            </VStack>
          )}
        </Section>
      </VStack>
    </InboxFrame>
  );
}
