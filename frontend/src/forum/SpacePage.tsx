import { useCallback, useState } from 'react';
import { VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import { DiscussionList } from './DiscussionList';
import { ForumBackLink } from './ForumBackLink';
import { GroupMembers } from './GroupMembers';
import { ForumLoadProblem } from './ForumLoadProblem';
import { SpaceOverview } from './SpaceOverview';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import './forum.css';

export function SpacePage() {
  const t = useT();
  const spaceId = useRouteId('spaceId');
  const { data: space, error, reload } = useLoad(useCallback(() => forumApi.space(spaceId), [spaceId]));
  const [status, setStatus] = useState<string | null>(null);

  async function left(name: string) {
    await reload();
    setStatus(t('forum.members.left', { name }));
    // The button that was pressed is gone; start again from the top of the page.
    document.querySelector<HTMLElement>('.samtale-page-heading')?.focus();
  }

  // The h1 keeps its place while loading, so the focus AppShell gives it after navigation stays put.
  return (
    <VStack gap="space-24">
      <ForumBackLink to="/forum" text={t('forum.backToForum')} />
      <PageHeading>{space?.name ?? t('forum.space')}</PageHeading>
      <StatusMessage text={status} />
      {space === null ? <ForumLoadProblem error={error} /> : <SpaceOverview space={space} />}
      {space !== null && <DiscussionList key={`discussions-${space.myRole}`} spaceId={space.id} />}
      {space !== null && space.kind === 'GROUP' && (space.canModerate || space.myRole !== null) && (
        <GroupMembers key={`members-${space.myRole}`} space={space} onLeft={() => void left(space.name)} />
      )}
    </VStack>
  );
}
