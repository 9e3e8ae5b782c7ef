import { HStack, Tag } from '@navikt/ds-react';
import type { User } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';

/** Status in words, never colour alone. */
export function UserStatus({ user }: { user: User }) {
  const { t, language } = useLanguage();
  return (
    <HStack gap="space-4">
      {user.locked && (
        <Tag variant="moderate" data-color="danger" size="small">
          {user.lockedUntil ? t('users.lockedUntil', { time: formatDateTime(user.lockedUntil, language) }) : t('users.locked')}
        </Tag>
      )}
      {!user.enabled && (
        <Tag variant="moderate" data-color="neutral" size="small">
          {t('users.disabled')}
        </Tag>
      )}
      {user.enabled && !user.locked && (
        <Tag variant="moderate" data-color="success" size="small">
          {t('users.active')}
        </Tag>
      )}
    </HStack>
  );
}
