import { Tag } from '@navikt/ds-react';
import { ExclamationmarkTriangleFillIcon } from '@navikt/aksel-icons';
import type { AccountState } from '../api/types';
import { useT } from '../i18n/i18n';

/** Whether the account works; one that must be reconnected says so in strong colours and words. */
export function AccountStateTag({ state }: { state: AccountState }) {
  const t = useT();
  if (state === 'RECONNECT_NEEDED') {
    return (
      <Tag size="small" variant="strong" data-color="danger" icon={<ExclamationmarkTriangleFillIcon aria-hidden />}>
        {t('channels.state.RECONNECT_NEEDED')}
      </Tag>
    );
  }
  return (
    <Tag size="small" variant="outline" data-color={state === 'ACTIVE' ? 'success' : 'neutral'}>
      {t(`channels.state.${state}`)}
    </Tag>
  );
}
