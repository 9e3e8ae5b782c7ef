import { HStack, Tag } from '@navikt/ds-react';
import type { Escalation } from '../api/types';
import { useT } from '../i18n/i18n';

/** An escalation's state in words, and "Forfalt" when its deadline has passed. */
export function EscalationStateTag({ escalation }: { escalation: Escalation }) {
  const t = useT();
  return (
    <HStack gap="space-8" wrap>
      <Tag size="small" variant="outline" data-color={escalation.state === 'ANSWERED' ? 'success' : 'info'}>
        {t(`forum.escalationState.${escalation.state}`)}
      </Tag>
      {escalation.overdue && (
        <Tag size="small" variant="strong" data-color="danger">
          {t('forum.overdue')}
        </Tag>
      )}
    </HStack>
  );
}
