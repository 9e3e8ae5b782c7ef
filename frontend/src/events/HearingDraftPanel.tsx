import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, Button, HStack, Link, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { Hearing } from '../api/types';
import { errorText } from '../common/forms';
import { useT } from '../i18n/i18n';

/**
 * A draft's page says it is a draft, seen only by its makers, and lets its creator edit it or send it to the units
 * (its documents are added below, on the draft, before it goes out).
 */
export function HearingDraftPanel({ hearing, onSent }: { hearing: Hearing; onSent: (text: string) => Promise<void> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function send() {
    setBusy(true);
    setProblem(null);
    try {
      await eventsApi.sendHearing(hearing.id);
      await onSent(t('events.hearingForm.sent'));
    } catch (e) {
      setProblem(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Alert variant="info">
      <VStack gap="space-8">
        <BodyShort>{t('events.hearingForm.draftNotice')}</BodyShort>
        {hearing.canManage && (
          <HStack gap="space-8" align="center" wrap>
            <Link as={RouterLink} to={`/horinger/${hearing.id}/rediger`}>
              {t('events.hearingForm.edit')}
            </Link>
            <Button size="small" loading={busy} onClick={() => void send()}>
              {t('events.hearingForm.send')}
            </Button>
          </HStack>
        )}
        {problem && <BodyShort className="navds-error-message">{problem}</BodyShort>}
      </VStack>
    </Alert>
  );
}
