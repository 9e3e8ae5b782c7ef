import { Tag } from '@navikt/ds-react';
import { ExclamationmarkTriangleFillIcon } from '@navikt/aksel-icons';
import type { ConversationStatus, ReplyStatus, Visibility } from '../api/types';
import { useT } from '../i18n/i18n';

const STATUS_COLOUR: Record<ConversationStatus, 'info' | 'warning' | 'success' | 'neutral' | 'brand-blue'> = {
  NEW: 'info',
  IN_PROGRESS: 'brand-blue',
  AWAITING_APPROVAL: 'warning',
  ANSWERED: 'success',
  CLOSED: 'neutral',
};

/** A conversation's status in words. */
export function ConversationStatusTag({ status }: { status: ConversationStatus }) {
  const t = useT();
  return (
    <Tag size="small" variant="outline" data-color={STATUS_COLOUR[status]}>
      {t(`inbox.status.${status}`)}
    </Tag>
  );
}

const REPLY_COLOUR: Record<ReplyStatus, 'info' | 'warning' | 'success' | 'danger' | 'neutral'> = {
  AWAITING_APPROVAL: 'warning',
  REJECTED: 'danger',
  APPROVED: 'info',
  SENT: 'success',
  FAILED: 'danger',
  CANCELLED: 'neutral',
};

/** A reply's place in the four-eyes flow, in words; a failed one also gets an icon. */
export function ReplyStatusTag({ status }: { status: ReplyStatus }) {
  const t = useT();
  return (
    <Tag
      size="small"
      variant={status === 'FAILED' ? 'strong' : 'outline'}
      data-color={REPLY_COLOUR[status]}
      icon={status === 'FAILED' ? <ExclamationmarkTriangleFillIcon aria-hidden /> : undefined}
    >
      {t(`inbox.replyStatus.${status}`)}
    </Tag>
  );
}

/** Whether a message or reply is seen by everyone or only by the correspondent. */
export function VisibilityTag({ visibility }: { visibility: Visibility }) {
  const t = useT();
  return (
    <Tag size="xsmall" variant="moderate" data-color={visibility === 'PUBLIC' ? 'meta-purple' : 'meta-lime'}>
      {t(`inbox.visibility.${visibility}`)}
    </Tag>
  );
}
