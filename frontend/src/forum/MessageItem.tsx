import { useState } from 'react';
import { VStack } from '@navikt/ds-react';
import type { DiscussionPermissions, Message, Reaction } from '../api/types';
import { EditMessageForm } from './EditMessageForm';
import { MessageActions, type MessageAction } from './MessageActions';
import { MessageAttachments } from './MessageAttachments';
import { MessageBody } from './MessageBody';
import { MessageHeader } from './MessageHeader';
import { Reactions } from './Reactions';

interface Props {
  message: Message;
  permissions: DiscussionPermissions;
  onChanged: (message: Message) => void;
  onReact: (message: Message, reaction: Reaction, on: boolean) => void;
  onAction: (message: Message, action: Exclude<MessageAction, 'edit'>) => void;
}

export function MessageItem({ message, permissions, onChanged, onReact, onAction }: Props) {
  const [editing, setEditing] = useState(false);
  return (
    <VStack gap="space-12" className={message.verified ? 'samtale-forum-verified' : 'samtale-forum-card'}>
      <MessageHeader message={message} />
      {editing ? (
        <EditMessageForm
          message={message}
          onSaved={(saved) => (setEditing(false), onChanged(saved))}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <MessageBody message={message} />
      )}
      {!message.removed && !editing && <MessageAttachments attachments={message.attachments} />}
      {!message.removed && !editing && <Reactions message={message} onToggle={(r, on) => onReact(message, r, on)} />}
      {!editing && (
        <MessageActions message={message} permissions={permissions} onAction={(a) => (a === 'edit' ? setEditing(true) : onAction(message, a))} />
      )}
    </VStack>
  );
}
