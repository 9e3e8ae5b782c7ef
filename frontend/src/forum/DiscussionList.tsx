import { useCallback, useState } from 'react';
import { BodyShort, Heading, Pagination, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { DiscussionStatus } from '../api/types';
import { useT } from '../i18n/i18n';
import { DiscussionFilters } from './DiscussionFilters';
import { DiscussionItem } from './DiscussionItem';
import { ForumLoadProblem } from './ForumLoadProblem';
import { useLoad } from '../common/useLoad';

const PAGE_SIZE = 20;

/** A space's discussions, latest activity first, with filters and pages. */
export function DiscussionList({ spaceId }: { spaceId: number }) {
  const t = useT();
  const [status, setStatus] = useState<DiscussionStatus | ''>('');
  const [onlyQuestions, setOnlyQuestions] = useState(false);
  const [page, setPage] = useState(0);
  const load = useCallback(
    () => forumApi.discussions(spaceId, { status, question: onlyQuestions, page, size: PAGE_SIZE }),
    [spaceId, status, onlyQuestions, page],
  );
  const { data, error } = useLoad(load);

  return (
    <section aria-labelledby="discussions-heading">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="discussions-heading">
          {t('forum.discussions')}
        </Heading>
        <DiscussionFilters
          status={status}
          onlyQuestions={onlyQuestions}
          onStatus={(s) => (setStatus(s), setPage(0))}
          onOnlyQuestions={(on) => (setOnlyQuestions(on), setPage(0))}
        />
        {data === null ? (
          <ForumLoadProblem error={error} />
        ) : (
          <>
            <BodyShort aria-live="polite">{t('forum.discussionTotal', { count: data.totalElements })}</BodyShort>
            {data.items.length > 0 && (
              <VStack as="ul" gap="space-12" className="samtale-plain-list" aria-labelledby="discussions-heading">
                {data.items.map((d) => (
                  <li key={d.id}>
                    <DiscussionItem discussion={d} />
                  </li>
                ))}
              </VStack>
            )}
            {data.totalPages > 1 && (
              <Pagination
                page={page + 1}
                count={data.totalPages}
                onPageChange={(p) => setPage(p - 1)}
                srHeading={{ tag: 'h3', text: t('forum.discussionPages') }}
              />
            )}
          </>
        )}
      </VStack>
    </section>
  );
}
