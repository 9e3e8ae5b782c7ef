import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, Chat, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { inboxApi } from '../api/inbox';
import type { Conversation, InboxMessage } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { Section } from '../common/Section';
import { useMe } from '../shell/session';
import { VisibilityTag } from './InboxTags';
import { TextModal } from './TextModal';

/** The post a public thread answers, then the messages both ways: the citizen's on the left, NAV's on the right. */
export function MessageThread({ conversation }: { conversation: Conversation }) {
  const { t, language } = useLanguage();
  const { context } = conversation;
  const me = useMe();
  // The post's page is the editors'; an advisor who is not one sees the post's text above and no link.
  const editor = me.roles.includes('EDITOR') || me.roles.includes('ADMIN');
  // Unmasked texts this reader asked for, by message id: kept on this page only, never cached elsewhere.
  const [revealed, setRevealed] = useState<Record<number, string>>({});
  const [revealing, setRevealing] = useState<InboxMessage | null>(null);
  return (
    <VStack gap="space-16">
      {context && (
        <Section heading={t('inbox.context')} size="xsmall" gap="space-8" className="samtale-inbox-context">
          <BodyShort as="p" className="samtale-text">
            {context.text}
          </BodyShort>
          {editor && context.postId !== null && context.postId !== undefined && (
            <Link as={RouterLink} to={`/publisering/innlegg/${context.postId}`}>
              {t('inbox.context.post')}
            </Link>
          )}
        </Section>
      )}
      <Section heading={t('inbox.thread', { count: conversation.messages.length })} id="thread-heading" size="small">
        <ol className="samtale-inbox-thread" aria-labelledby="thread-heading">
          {conversation.messages.map((m) => {
            const citizen = m.direction === 'IN';
            const name = citizen
              ? t('inbox.from.IN', { name: m.authorName ?? t('inbox.anonymous') })
              : t('inbox.from.OUT', { name: m.author?.name ?? m.authorName ?? t('inbox.unknownAdvisor') });
            const text = m.removedOnPlatform ? t('inbox.message.removed') : (m.body ?? t('inbox.message.erased'));
            const shown = revealed[m.id];
            return (
              <li key={m.id}>
                <VStack gap="space-4" align={citizen ? 'start' : 'end'}>
                  <HStack gap="space-8" align="center" wrap>
                    <VisibilityTag visibility={m.visibility} />
                    {m.hiddenOnPlatform && (
                      <Tag size="small" variant="warning">
                        {t('inbox.privacy.hidden')}
                      </Tag>
                    )}
                    {m.masked.length > 0 && shown === undefined && (
                      <Tag size="small" variant="info">
                        {t('inbox.privacy.masked')}
                      </Tag>
                    )}
                    {m.masked.length > 0 && shown === undefined && conversation.permissions.canReveal && (
                      <Button size="xsmall" variant="secondary" onClick={() => setRevealing(m)}>
                        {t('inbox.privacy.reveal')}
                      </Button>
                    )}
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
                      <span className="samtale-text">{shown ?? text}</span>
                    </Chat.Bubble>
                  </Chat>
                  {shown !== undefined && (
                    <BodyShort size="small" className="samtale-meta">
                      {t('inbox.privacy.revealed')}
                    </BodyShort>
                  )}
                </VStack>
              </li>
            );
          })}
        </ol>
      </Section>
      {revealing && (
        <TextModal
          heading={t('inbox.privacy.revealHeading')}
          label={t('inbox.privacy.reason')}
          description={t('inbox.privacy.reasonHelp')}
          field="reason"
          maxLength={500}
          submitLabel={t('inbox.privacy.revealSubmit')}
          requiredText={t('inbox.privacy.reasonRequired')}
          onSave={async (reason) => {
            const result = await inboxApi.revealMessage(conversation.id, revealing.id, reason);
            setRevealed((r) => ({ ...r, [result.id]: result.body }));
            setRevealing(null);
          }}
          onClose={() => setRevealing(null)}
        />
      )}
    </VStack>
  );
}
