import { Link as RouterLink } from 'react-router';
import { BodyLong, Button, Heading, Link, VStack } from '@navikt/ds-react';
import type { SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { SpaceFacts } from './SpaceFacts';
import { SpaceTags } from './SpaceTags';

interface Props {
  space: SpaceSummary;
  onJoin: (space: SpaceSummary) => void;
}

export function SpaceCard({ space, onJoin }: Props) {
  const t = useT();
  return (
    <VStack gap="space-12" className="samtale-forum-card">
      <Heading level="3" size="small">
        <Link as={RouterLink} to={`/forum/rom/${space.id}`}>
          {space.name}
        </Link>
      </Heading>
      <SpaceTags space={space} />
      <BodyLong>{space.description}</BodyLong>
      <SpaceFacts space={space} />
      {space.canJoin && (
        <div>
          <Button size="small" variant="secondary" aria-label={t('forum.joinLabel', { name: space.name })} onClick={() => onJoin(space)}>
            {t('forum.join')}
          </Button>
        </div>
      )}
    </VStack>
  );
}
