import { Tag } from '@navikt/ds-react';
import type { LiveQuestionStatus, LiveState } from '../api/types';
import { useT } from '../i18n/i18n';

const STATE_VARIANT = { SCHEDULED: 'info', LIVE: 'success', ENDED: 'neutral', ARCHIVED: 'neutral', CANCELLED: 'error' } as const;

export function LiveStateTag({ state }: { state: LiveState }) {
  const t = useT();
  return (
    <Tag size="small" variant={STATE_VARIANT[state]}>
      {t(`events.live.state.${state}`)}
    </Tag>
  );
}

const STATUS_VARIANT = { PENDING: 'warning', APPROVED: 'info', ANSWERED: 'success', MERGED: 'neutral', DECLINED: 'error' } as const;

export function QuestionStatusTag({ status }: { status: LiveQuestionStatus }) {
  const t = useT();
  return (
    <Tag size="small" variant={STATUS_VARIANT[status]}>
      {t(`events.question.status.${status}`)}
    </Tag>
  );
}
