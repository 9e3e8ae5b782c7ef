import { useEffect, useRef } from 'react';
import { BodyShort, Chat } from '@navikt/ds-react';
import type { WebChatMessage } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';

/**
 * The chat so far as a polite live log: a screen reader reads each new message once, without losing
 * its place. The log scrolls itself to the newest message.
 */
export function ChatLog({ messages }: { messages: WebChatMessage[] }) {
  const { t, language } = useLanguage();
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'nearest' });
  }, [messages.length]);
  return (
    <div role="log" aria-live="polite" aria-labelledby="chat-log-heading" className="samtale-chat-log" tabIndex={0}>
      {messages.length === 0 && <BodyShort>{t('chat.empty')}</BodyShort>}
      {messages.map((m) => {
        const mine = m.from === 'CITIZEN';
        return (
          <Chat
            key={m.id}
            name={mine ? t('chat.you') : m.author ? t('chat.advisor', { name: m.author }) : t('chat.advisorUnnamed')}
            timestamp={formatDateTime(m.at, language)}
            position={mine ? 'right' : 'left'}
            data-color={mine ? 'neutral' : 'accent'}
            avatar={mine ? t('chat.youShort') : 'NAV'}
            toptextHeadingLevel="3"
          >
            <Chat.Bubble>
              <span className="samtale-chat-text">{m.body ?? t('chat.erased')}</span>
            </Chat.Bubble>
          </Chat>
        );
      })}
      <div ref={end} />
    </div>
  );
}
