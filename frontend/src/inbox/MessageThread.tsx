import { BodyShort, Chat, HStack, Link, VStack } from '@navikt/ds-react';
import type { Conversation } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { Section } from '../shell/Section';
import { VisibilityTag } from './InboxTags';

/** The post a public thread answers, then the messages both ways: the citizen's on the left, NAV's on the right. */
export function MessageThread({ conversation }: { conversation: Conversation }) {
  const { t, language } = useLanguage();
  const { context } = conversation;
  return (
    <VStack gap="space-16">
      {context && (
        <Section heading={t('inbox.context')} size="xsmall" gap="space-8" className="samtale-inbox-context">
          <BodyShort as="p" className="samtale-inbox-text">
            {context.text}
          </BodyShort>
          {context.url && (
            <Link href={context.url} target="_blank" rel="noreferrer">
              {t('inbox.contextLink')}
            </Link>
          )}
        </Section>
      )}
      <Section heading={t('inbox.thread', { count: conversation.messages.length })} id="thread-heading" size="small">
        <ol className="samtale-inbox-thread" aria-labelledby="thread-heading">
          {conversation.messages.map((m) => {
            const citizen = m.direction === 'IN';
            const name = citizen ? t('inbox.from.IN', { name: m.authorName }) : t('inbox.from.OUT', { name: m.author?.name ?? m.authorName });
            return (
              <li key={m.id}>
                <VStack gap="space-4" align={citizen ? 'start' : 'end'}>
                  <HStack gap="space-8">
                    <VisibilityTag visibility={m.visibility} />
                  </HStack>
                  <Chat
                    name={name}
                    timestamp={formatDateTime(m.createdAt, language)}
                    position={citizen ? 'left' : 'right'}
                    data-color={citizen ? 'neutral' : 'accent'}
                    avatar={citizen ? t('inbox.avatar.IN') : t('inbox.avatar.OUT')}
                    size="small"
                  >
                    <Chat.Bubble>
                      <span className="samtale-inbox-text">{m.body}</span>
                    </Chat.Bubble>
                  </Chat>
                </VStack>
              </li>
            );
          })}
        </ol>
      </Section>
    </VStack>
  );
}
