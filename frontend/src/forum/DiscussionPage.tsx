import { useCallback } from 'react';
import { VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import { DiscussionView } from './DiscussionView';
import { ForumBackLink } from './ForumBackLink';
import { ForumLoadProblem } from './ForumLoadProblem';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import { useLiveDiscussion } from './useLiveDiscussion';
import './forum.css';

export function DiscussionPage() {
  const t = useT();
  const discussionId = useRouteId('discussionId');
  const { data, setData, error } = useLoad(useCallback(() => forumApi.discussion(discussionId), [discussionId]));
  const announcement = useLiveDiscussion(discussionId, data, setData);

  return (
    <VStack gap="space-24">
      <ForumBackLink to={data ? `/forum/rom/${data.spaceId}` : '/forum'} text={data?.spaceName ?? t('forum.backToForum')} />
      <PageHeading>{data?.title ?? t('forum.discussion')}</PageHeading>
      {data === null ? <ForumLoadProblem error={error} /> : <DiscussionView discussion={data} onChange={setData} />}
      <div id="discussion-live" role="status" aria-live="polite" className="aksel-sr-only">
        {announcement}
      </div>
    </VStack>
  );
}
