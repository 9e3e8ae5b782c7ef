import { Tag } from '@navikt/ds-react';
import type { ErasureState } from '../api/types';
import { useT } from '../i18n/i18n';

const COLOUR = { PENDING: 'warning', ERASED: 'success', REJECTED: 'neutral' } as const;

/** Where an erasure request stands, in words. */
export function ErasureStateTag({ state }: { state: ErasureState }) {
  const t = useT();
  return (
    <Tag size="small" variant="outline" data-color={COLOUR[state]}>
      {t(`privacy.erasureState.${state}`)}
    </Tag>
  );
}
