import { HStack, Tag } from '@navikt/ds-react';
import { CheckmarkCircleFillIcon } from '@navikt/aksel-icons';
import type { Message } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { RoleBadge } from './RoleBadge';

/** Author, role, time and the verified marking above a message. */
export function MessageHeader({ message }: { message: Message }) {
  const { t, language } = useLanguage();
  return (
    <HStack gap="space-8" align="center" wrap>
      <strong>{message.author.name}</strong>
      <RoleBadge role={message.authorRole} />
      <span className="samtale-meta">
        <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, language)}</time>
        {message.editedAt && ` · ${t('forum.message.edited')}`}
      </span>
      {message.verified && (
        <Tag size="small" variant="strong" data-color="success" icon={<CheckmarkCircleFillIcon aria-hidden />}>
          {t('forum.verifiedAnswer')}
        </Tag>
      )}
    </HStack>
  );
}
