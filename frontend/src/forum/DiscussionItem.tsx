import { Link as RouterLink } from 'react-router';
import { BodyShort, HStack, Heading, Link, Tag, VStack } from '@navikt/ds-react';
import type { DiscussionSummary } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { DiscussionStatusTag } from '../common/DiscussionStatusTag';

export function DiscussionItem({ discussion }: { discussion: DiscussionSummary }) {
  const { t, language } = useLanguage();
  return (
    <VStack gap="space-8" className="samtale-forum-card">
      <Heading level="3" size="xsmall">
        <Link as={RouterLink} to={`/forum/diskusjon/${discussion.id}`}>
          {discussion.title}
        </Link>
      </Heading>
      <HStack gap="space-8" wrap>
        <DiscussionStatusTag status={discussion.status} />
        {!discussion.question && (
          <Tag size="small" variant="outline" data-color="neutral">
            {t('forum.notQuestion')}
          </Tag>
        )}
        {discussion.escalated && (
          <Tag size="small" variant="outline" data-color="warning">
            {t('forum.escalated')}
          </Tag>
        )}
      </HStack>
      <BodyShort size="small" className="samtale-meta">
        {t('forum.discussionMeta', {
          author: discussion.author.name,
          messages: discussion.messageCount,
          views: discussion.viewCount,
          time: formatDateTime(discussion.lastActivityAt, language),
        })}
      </BodyShort>
    </VStack>
  );
}
