import { useCallback, useState } from 'react';
import { Alert, BodyLong, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../common/forms';
import { ForumToolLinks } from './ForumToolLinks';
import { ForumLoadProblem } from './ForumLoadProblem';
import { SpaceSection } from './SpaceSection';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import './forum.css';

export function ForumHomePage() {
  const t = useT();
  const me = useMe();
  const { data, error, reload } = useLoad(useCallback(() => forumApi.spaces(), []));
  const [status, setStatus] = useState<string | null>(null);
  const [joinError, setJoinError] = useState<string | null>(null);

  async function join(space: SpaceSummary) {
    setJoinError(null);
    try {
      await forumApi.joinSpace(space.id, me.id);
      setStatus(t('forum.joined', { name: space.name }));
      await reload();
    } catch (e) {
      setJoinError(errorText(e, t));
    }
  }

  const spaces = data?.items ?? [];
  return (
    <VStack gap="space-32">
      <VStack gap="space-16">
        <PageHeading>{t('nav.forum')}</PageHeading>
        <BodyLong>{t('module.forum')}</BodyLong>
        <ForumToolLinks />
      </VStack>
      <StatusMessage text={status} />
      {joinError && (
        <Alert variant="error" role="alert">
          {joinError}
        </Alert>
      )}
      {data === null ? (
        <ForumLoadProblem error={error} />
      ) : (
        <>
          <SpaceSection id="forum-topics" heading={t('forum.topics')} spaces={spaces.filter((s) => s.kind === 'TOPIC')} onJoin={(s) => void join(s)} />
          <SpaceSection id="forum-groups" heading={t('forum.groups')} spaces={spaces.filter((s) => s.kind === 'GROUP')} onJoin={(s) => void join(s)} />
        </>
      )}
    </VStack>
  );
}
