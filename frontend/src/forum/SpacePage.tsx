import { useCallback } from 'react';
import { VStack } from '@navikt/ds-react';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../shell/PageHeading';
import { DiscussionList } from './DiscussionList';
import { ForumBackLink } from './ForumBackLink';
import { LoadProblem } from './LoadProblem';
import { SpaceOverview } from './SpaceOverview';
import { useLoad } from './useLoad';
import { useRouteId } from './useRouteId';
import './forum.css';

export function SpacePage() {
  const t = useT();
  const spaceId = useRouteId('spaceId');
  const { data: space, error } = useLoad(useCallback(() => api.space(spaceId), [spaceId]));

  // The h1 keeps its place while loading, so the focus AppShell gives it after navigation stays put.
  return (
    <VStack gap="space-24">
      <ForumBackLink to="/forum" text={t('forum.backToForum')} />
      <PageHeading>{space?.name ?? t('forum.space')}</PageHeading>
      {space === null ? <LoadProblem error={error} /> : <SpaceOverview space={space} />}
      {space !== null && <DiscussionList spaceId={space.id} />}
    </VStack>
  );
}
