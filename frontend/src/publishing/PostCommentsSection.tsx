import { useCallback } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Link, Tag, VStack } from '@navikt/ds-react';
import { publishingApi } from '../api/publishing';
import type { PostComments } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { Section } from '../common/Section';
import { useLoad } from '../common/useLoad';

type Comment = PostComments['threads'][number]['comments'][number];

/**
 * The public comments on a published post, read-only, thread by thread: what the citizens wrote and what the agency
 * answered in public, masked as the inbox masks it. Editors read them here; an advisor is led to the inbox to answer.
 */
export function PostCommentsSection({ postId }: { postId: number }) {
  const { t } = useLanguage();
  const load = useLoad(useCallback(() => publishingApi.postComments(postId), [postId]));
  const data = load.data;
  return (
    <Section heading={t('publishing.comments.heading')}>
      {data === null ? (
        <LoadProblem error={load.error} />
      ) : !data.published ? (
        <BodyShort>{t('publishing.comments.notYet')}</BodyShort>
      ) : (
        <VStack gap="space-16">
          {data.threads.length === 0 ? (
            <BodyShort>{t('publishing.comments.none')}</BodyShort>
          ) : (
            <ol className="samtale-plain-list publishing-comments">
              {data.threads.map((thread, i) => (
                <li key={thread.conversationId}>
                  <section aria-label={t('publishing.comments.thread', { n: i + 1 })}>
                    <ul className="samtale-plain-list">
                      {thread.comments.map((c) => (
                        <CommentItem key={c.id} comment={c} />
                      ))}
                    </ul>
                  </section>
                </li>
              ))}
            </ol>
          )}
          {data.canAnswerInInbox ? (
            <Link as={RouterLink} to={`/innboks?post=${postId}`}>
              {t('publishing.comments.open')}
            </Link>
          ) : (
            <BodyShort>{t('publishing.comments.readOnly')}</BodyShort>
          )}
        </VStack>
      )}
    </Section>
  );
}

function CommentItem({ comment: c }: { comment: Comment }) {
  const { t, language } = useLanguage();
  const who = c.fromAgency ? t('publishing.comments.agency', { name: c.authorName ?? '' }) : (c.authorName ?? t('publishing.comments.erasedName'));
  return (
    <li className={c.fromAgency ? 'publishing-comment publishing-comment--agency' : 'publishing-comment'}>
      <BodyShort size="small" weight="semibold">
        {who} · {formatDateTime(c.at, language)}
      </BodyShort>
      {c.removedOnPlatform ? (
        <BodyShort size="small">{t('publishing.comments.removed')}</BodyShort>
      ) : c.body === null ? (
        <BodyShort size="small">{t('publishing.comments.erased')}</BodyShort>
      ) : (
        <BodyShort className="samtale-text">{c.body}</BodyShort>
      )}
      {(c.masked || c.hiddenOnPlatform) && (
        <div>
          {c.masked && <Tag size="xsmall" variant="warning">{t('publishing.comments.masked')}</Tag>}{' '}
          {c.hiddenOnPlatform && <Tag size="xsmall" variant="neutral">{t('publishing.comments.hidden')}</Tag>}
        </div>
      )}
    </li>
  );
}
