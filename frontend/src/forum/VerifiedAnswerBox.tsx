import { Heading, VStack } from '@navikt/ds-react';
import type { Message } from '../api/types';
import { useT } from '../i18n/i18n';
import { MessageBody } from './MessageBody';
import { MessageHeader } from './MessageHeader';

/** The verified answer, repeated at the top so readers find it first. */
export function VerifiedAnswerBox({ message }: { message: Message }) {
  const t = useT();
  return (
    <section aria-labelledby="verified-heading" className="samtale-forum-verified">
      <VStack gap="space-12">
        <Heading level="2" size="small" id="verified-heading">
          {t('forum.verifiedAnswer')}
        </Heading>
        <MessageHeader message={message} />
        <MessageBody message={message} />
      </VStack>
    </section>
  );
}
