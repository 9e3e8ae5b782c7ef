import { useCallback } from 'react';
import { Alert, BodyShort, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import { AskForm } from './AskForm';
import { ForumBackLink } from './ForumBackLink';
import { ForumLoadProblem } from './ForumLoadProblem';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import './forum.css';

export function AskPage() {
  const t = useT();
  const spaceId = useRouteId('spaceId');
  const { data: space, error } = useLoad(useCallback(() => forumApi.space(spaceId), [spaceId]));

  return (
    <VStack gap="space-24">
      <ForumBackLink to={`/forum/rom/${spaceId}`} text={space?.name ?? t('forum.space')} />
      <PageHeading>{t('forum.ask')}</PageHeading>
      {space === null ? (
        <ForumLoadProblem error={error} />
      ) : (
        <VStack gap="space-24">
          <BodyShort>{t('forum.ask.intro', { space: space.name })}</BodyShort>
          {space.canPost ? <AskForm space={space} /> : <Alert variant="info">{t('forum.ask.cannotPost')}</Alert>}
        </VStack>
      )}
    </VStack>
  );
}
