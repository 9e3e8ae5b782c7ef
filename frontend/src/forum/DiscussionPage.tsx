import { useCallback } from 'react';
import { VStack } from '@navikt/ds-react';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../shell/PageHeading';
import { DiscussionView } from './DiscussionView';
import { ForumBackLink } from './ForumBackLink';
import { LoadProblem } from './LoadProblem';
import { useLoad } from './useLoad';
import { useRouteId } from './useRouteId';
import './forum.css';

export function DiscussionPage() {
  const t = useT();
  const discussionId = useRouteId('discussionId');
  const { data, setData, error } = useLoad(useCallback(() => api.discussion(discussionId), [discussionId]));

  return (
    <VStack gap="space-24">
      <ForumBackLink to={data ? `/forum/rom/${data.spaceId}` : '/forum'} text={data?.spaceName ?? t('forum.backToForum')} />
      <PageHeading>{data?.title ?? t('forum.discussion')}</PageHeading>
      {data === null ? <LoadProblem error={error} /> : <DiscussionView discussion={data} onChange={setData} />}
    </VStack>
  );
}
