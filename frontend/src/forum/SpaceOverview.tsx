import { Link as RouterLink } from 'react-router';
import { BodyLong, Button, HStack, Link, VStack } from '@navikt/ds-react';
import type { SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { SpaceFacts } from './SpaceFacts';
import { SpaceTags } from './SpaceTags';

/** A space's description, staff and the actions the reader may take there. */
export function SpaceOverview({ space }: { space: SpaceSummary }) {
  const t = useT();
  return (
    <VStack gap="space-16">
      <SpaceTags space={space} />
      <BodyLong>{space.description}</BodyLong>
      <SpaceFacts space={space} />
      <HStack gap="space-16" align="center" wrap>
        {space.canPost && (
          <Button as={RouterLink} to={`/forum/rom/${space.id}/ny`}>
            {t('forum.ask')}
          </Button>
        )}
        {space.canModerate && (
          <nav aria-label={t('forum.toolsNav')}>
            <HStack as="ul" gap="space-16" className="samtale-plain-list">
              <li>
                <Link as={RouterLink} to="/forum/moderering">
                  {t('forum.moderation.title')}
                </Link>
              </li>
              <li>
                <Link as={RouterLink} to={`/forum/rom/${space.id}/tall`}>
                  {t('forum.figures.link')}
                </Link>
              </li>
              <li>
                <Link as={RouterLink} to={`/forum/rom/${space.id}/logg`}>
                  {t('forum.audit.link')}
                </Link>
              </li>
            </HStack>
          </nav>
        )}
      </HStack>
    </VStack>
  );
}
