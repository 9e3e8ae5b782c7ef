import { Alert, VStack } from '@navikt/ds-react';
import type { OthersHere } from '../api/types';
import { useT } from '../i18n/i18n';

/** Who else has this conversation open now, so two advisors do not answer one citizen twice. */
export function PresenceNotice({ others }: { others: OthersHere['others'] }) {
  const t = useT();
  if (others.length === 0) return null;
  return (
    <Alert variant="info" size="small" role="status">
      <VStack gap="space-4">
        {others.map((other) => (
          <span key={other.person.id}>
            {t(other.writing ? 'inbox.presence.writing' : 'inbox.presence.viewing', { name: other.person.name })}
          </span>
        ))}
      </VStack>
    </Alert>
  );
}
