import { useCallback, useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { BodyShort, Button, Heading, HStack, Link, Pagination, Tabs, VStack } from '@navikt/ds-react';
import { teamsApi } from '../api/teams';
import { channelsApi } from '../api/channels';
import { inboxApi, inboxStream } from '../api/inbox';
import { CONVERSATION_STATUSES, type ConversationStatus, type InboxCounts, type InboxEvent, type InboxQuery } from '../api/types';
import { useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { ConversationTable } from './ConversationTable';
import { countText } from './format';
import { InboxFilters } from './InboxFilters';
import { InboxFrame } from './InboxFrame';
import { useDebouncedCallback } from '../common/useDebouncedCallback';
import { useEventStream } from '../common/useEventStream';
import { useInboxCounts } from './useInboxCounts';
import { useMe } from '../shell/session';

const PAGE_SIZE = 25;
const WORK = 'WORK';

export const DEFAULT_QUERY: InboxQuery = {
  status: [],
  teamId: null,
  accountId: null,
  assignee: '',
  label: '',
  kind: '',
  q: '',
  sort: 'oldest',
  page: 0,
  size: PAGE_SIZE,
};

/** What the list shows when no status is chosen: the work still to do. */
const WORK_QUEUE: ConversationStatus[] = ['NEW', 'IN_PROGRESS', 'AWAITING_APPROVAL'];

function workCount(counts: InboxCounts): number {
  return WORK_QUEUE.reduce((sum, s) => sum + (counts.byStatus[s] ?? 0), 0);
}

/** The unified inbox: queues by status, filters, and live updates from the inbox stream. */
export function InboxPage() {
  const t = useT();
  // ?post=: the comments on one published post, as the editorial calendar and the post's page link here.
  const [params, setParams] = useSearchParams();
  const post = Number(params.get('post')) || null;
  const me = useMe();
  const editor = me.roles.includes('EDITOR') || me.roles.includes('ADMIN');
  const [base, setQuery] = useState<InboxQuery>(DEFAULT_QUERY);
  const query = useMemo(() => ({ ...base, post }), [base, post]);
  const { data, error, reload } = useLoad(useCallback(() => inboxApi.conversations(query), [query]));
  const counts = useInboxCounts();
  const teams = useLoad(teamsApi.teams).data ?? [];
  const accounts = useLoad(channelsApi.accounts).data ?? [];
  const labels = useLoad(inboxApi.labels).data ?? [];
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const arrived = useRef(new Set<number>());

  const refresh = useDebouncedCallback(() => {
    void reload();
    if (arrived.current.size > 0) setAnnouncement(t('inbox.live.arrived', { count: arrived.current.size }));
    arrived.current.clear();
  }, 500);

  useEventStream<InboxEvent>(inboxStream, 'conversation', (event) => {
    const known = data?.items.some((c) => c.id === event.conversationId) ?? false;
    if (event.status === 'NEW' && !known && event.conversationId !== undefined) arrived.current.add(event.conversationId);
    refresh();
  });

  const change = (changes: Partial<InboxQuery>) => setQuery((q) => ({ ...q, page: 0, ...changes }));
  const tab = query.status[0] ?? WORK;
  const tabLabel = (text: string, count: number | undefined) => (count === undefined ? text : t('inbox.tabCount', { text, count: countText(count, t) }));

  return (
    <InboxFrame heading={t('inbox.title')}>
      <VStack gap="space-24">
        <StatusMessage text={announcement} />
        {post !== null && (
          <HStack gap="space-8" align="center" wrap>
            <BodyShort>{t('inbox.filter.post', { id: post })}</BodyShort>
            {editor && (
              <Link as={RouterLink} to={`/publisering/innlegg/${post}`}>
                {t('inbox.context.post')}
              </Link>
            )}
            <Button size="small" variant="tertiary" onClick={() => setParams({})}>
              {t('inbox.filter.clearPost')}
            </Button>
          </HStack>
        )}
        <InboxFilters query={query} onChange={change} teams={teams} accounts={accounts} labels={labels} />
        <Tabs value={tab} onChange={(value) => change({ status: value === WORK ? [] : [value as ConversationStatus] })} size="small">
          <Tabs.List>
            <Tabs.Tab value={WORK} label={tabLabel(t('inbox.tab.work'), counts ? workCount(counts) : undefined)} />
            {CONVERSATION_STATUSES.map((s) => (
              <Tabs.Tab key={s} value={s} label={tabLabel(t(`inbox.tab.${s}`), counts?.byStatus[s] ?? (counts ? 0 : undefined))} />
            ))}
          </Tabs.List>
          {[WORK, ...CONVERSATION_STATUSES].map((value) => (
            <Tabs.Panel key={value} value={value}>
              <VStack gap="space-16" className="samtale-inbox-panel">
                <Heading level="2" size="small" id="queue-heading">
                  {value === WORK ? t('inbox.tab.work') : t(`inbox.tab.${value as ConversationStatus}`)}
                </Heading>
                {data === null ? (
                  <LoadProblem error={error} />
                ) : (
                  <>
                    <BodyShort aria-live="polite">{t('inbox.total', { count: countText(data.totalElements, t) })}</BodyShort>
                    {data.items.length > 0 && <ConversationTable conversations={data.items} />}
                    {data.totalPages > 1 && (
                      <Pagination
                        page={query.page + 1}
                        count={data.totalPages}
                        onPageChange={(p) => setQuery((q) => ({ ...q, page: p - 1 }))}
                        srHeading={{ tag: 'h3', text: t('inbox.pages') }}
                      />
                    )}
                  </>
                )}
              </VStack>
            </Tabs.Panel>
          ))}
        </Tabs>
      </VStack>
    </InboxFrame>
  );
}
