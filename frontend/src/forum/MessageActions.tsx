import { Button, HStack } from '@navikt/ds-react';
import type { DiscussionPermissions, Message } from '../api/types';
import { useT } from '../i18n/i18n';

export type MessageAction = 'edit' | 'report' | 'verify' | 'unverify' | 'remove' | 'history';

interface Props {
  message: Message;
  permissions: DiscussionPermissions;
  onAction: (action: MessageAction) => void;
}

/** The buttons under a message; moderator ones only for those the server allows. */
export function MessageActions({ message, permissions, onAction }: Props) {
  const t = useT();
  if (message.removed) return null;
  const button = (action: MessageAction, text: string) => (
    <Button key={action} size="xsmall" variant="tertiary" onClick={() => onAction(action)}>
      {text}
    </Button>
  );
  return (
    <HStack gap="space-8" wrap>
      {message.canEdit && button('edit', t('forum.message.edit'))}
      {!message.canEdit && button('report', t('forum.message.report'))}
      {permissions.canVerify && !message.verified && button('verify', t('forum.message.verify'))}
      {permissions.canVerify && message.verified && button('unverify', t('forum.message.unverify'))}
      {permissions.canModerate && button('remove', t('forum.message.remove'))}
      {message.editedAt && (message.canEdit || permissions.canModerate) && button('history', t('forum.history.open'))}
    </HStack>
  );
}
