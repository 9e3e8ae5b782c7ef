import { Tag } from '@navikt/ds-react';
import type { IdeaStatus } from '../api/types';
import { useT } from '../i18n/i18n';

const VARIANT = { NEW: 'info', ASSESSING: 'warning', PLANNED: 'alt1', DONE: 'success', DECLINED: 'error', MERGED: 'neutral' } as const;

export function IdeaStatusTag({ status }: { status: IdeaStatus }) {
  const t = useT();
  return (
    <Tag size="small" variant={VARIANT[status]}>
      {t(`events.idea.status.${status}`)}
    </Tag>
  );
}
