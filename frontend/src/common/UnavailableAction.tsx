import { useId } from 'react';
import { BodyShort, Button, VStack } from '@navikt/ds-react';
import type { Capability, CapabilityReason } from '../api/types';
import { useT, type Translate } from '../i18n/i18n';

/** A capability an account lacks, and why: from the server's `unavailable` list. */
export interface Missing {
  capability: Capability;
  reason: CapabilityReason;
}

/** The reason for one missing capability in the reader's language («Svare offentlig: plattformen har ikke …»). */
export function missingText(missing: Missing, t: Translate): string {
  return t('channels.unavailable.because', {
    capability: t(`channels.capability.${missing.capability}`),
    reason: t(`channels.capabilityReason.${missing.reason}`),
  });
}

/**
 * An action the account cannot take, shown rather than hidden so the reader learns why: a button that stays
 * focusable (aria-disabled, not disabled) and does nothing, with the reason beside it, tied to it by
 * aria-describedby for screen readers and as its title for the mouse.
 */
export function UnavailableAction({ label, missing }: { label: string; missing: Missing }) {
  const t = useT();
  const id = useId();
  const reason = missingText(missing, t);
  return (
    <VStack gap="space-4" align="start">
      <Button type="button" variant="secondary" size="small" aria-disabled="true" aria-describedby={id} title={reason}
        onClick={(e) => e.preventDefault()} className="unavailable-action">
        {label}
      </Button>
      <BodyShort id={id} size="small" textColor="subtle">
        {reason}
      </BodyShort>
    </VStack>
  );
}
