import { Tag } from '@navikt/ds-react';
import { CheckmarkCircleFillIcon } from '@navikt/aksel-icons';
import type { DiscussionStatus } from '../api/types';
import { useT } from '../i18n/i18n';

/** A discussion's status in words; the verified one also gets an icon and a strong colour. */
export function DiscussionStatusTag({ status }: { status: DiscussionStatus | null }) {
  const t = useT();
  if (status === null) return null;
  if (status === 'VERIFIED') {
    return (
      <Tag size="small" variant="strong" data-color="success" icon={<CheckmarkCircleFillIcon aria-hidden />}>
        {t('forum.status.VERIFIED')}
      </Tag>
    );
  }
  return (
    <Tag size="small" variant="outline" data-color={status === 'ANSWERED' ? 'info' : 'neutral'}>
      {t(`forum.status.${status}`)}
    </Tag>
  );
}
