import { Heading, VStack } from '@navikt/ds-react';
import type { DiscussionPermissions, Message, Reaction } from '../api/types';
import { useT } from '../i18n/i18n';
import type { MessageAction } from './MessageActions';
import { MessageItem } from './MessageItem';

interface Props {
  messages: Message[];
  permissions: DiscussionPermissions;
  onChanged: (message: Message) => void;
  onReact: (message: Message, reaction: Reaction, on: boolean) => void;
  onAction: (message: Message, action: Exclude<MessageAction, 'edit'>) => void;
}

/** The discussion's messages in the order they were written. */
export function MessageList({ messages, ...handlers }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="messages-heading">
      <Heading level="2" size="medium" id="messages-heading" spacing>
        {t('forum.messages', { count: messages.length })}
      </Heading>
      <VStack as="ol" gap="space-16" className="samtale-plain-list" aria-labelledby="messages-heading">
        {messages.map((m) => (
          <li key={m.id}>
            <MessageItem message={m} {...handlers} />
          </li>
        ))}
      </VStack>
    </section>
  );
}
