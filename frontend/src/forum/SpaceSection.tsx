import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import type { SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { SpaceCard } from './SpaceCard';

interface Props {
  id: string;
  heading: string;
  spaces: SpaceSummary[];
  onJoin: (space: SpaceSummary) => void;
}

/** One kind of space (topics or groups) under its own h2. */
export function SpaceSection({ id, heading, spaces, onJoin }: Props) {
  const t = useT();
  return (
    <section aria-labelledby={id}>
      <Heading level="2" size="medium" id={id} spacing>
        {heading}
      </Heading>
      {spaces.length === 0 ? (
        <BodyShort>{t('forum.noSpaces')}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-16" className="samtale-plain-list" aria-labelledby={id}>
          {spaces.map((space) => (
            <li key={space.id}>
              <SpaceCard space={space} onJoin={onJoin} />
            </li>
          ))}
        </VStack>
      )}
    </section>
  );
}
