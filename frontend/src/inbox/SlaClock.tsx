import { BodyShort, Tag } from '@navikt/ds-react';
import { ClockIcon } from '@navikt/aksel-icons';
import type { ConversationSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { formatMinutes } from '../common/format';

/**
 * How long the correspondent has waited for a first answer, or how long the answer took. Overdue is
 * said in words ("over fristen"), not only shown in red.
 */
export function SlaClock({ conversation }: { conversation: ConversationSummary }) {
  const t = useT();
  const { sla } = conversation;
  if (sla.minutesToFirstResponse !== null) {
    return <BodyShort size="small">{t('inbox.sla.answeredAfter', { time: formatMinutes(sla.minutesToFirstResponse, t) })}</BodyShort>;
  }
  const waiting = t('inbox.sla.waiting', { time: formatMinutes(sla.minutesOpen, t) });
  if (sla.overdue && conversation.status !== 'CLOSED') {
    return (
      <Tag size="small" variant="strong" data-color="danger" icon={<ClockIcon aria-hidden />}>
        {`${waiting} – ${t('inbox.sla.overdue')}`}
      </Tag>
    );
  }
  return <BodyShort size="small">{waiting}</BodyShort>;
}
