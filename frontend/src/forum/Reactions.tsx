import { Button, HStack } from '@navikt/ds-react';
import { REACTIONS, type Message, type Reaction } from '../api/types';
import { useT } from '../i18n/i18n';

interface Props {
  message: Message;
  onToggle: (reaction: Reaction, on: boolean) => void;
}

/** Nyttig and Takk as toggle buttons with their counts. */
export function Reactions({ message, onToggle }: Props) {
  const t = useT();
  return (
    <HStack gap="space-8">
      {REACTIONS.map((r) => {
        const mine = message.myReactions.includes(r);
        return (
          <Button key={r} size="xsmall" variant={mine ? 'primary' : 'secondary'} aria-pressed={mine} onClick={() => onToggle(r, !mine)}>
            {t('forum.reaction.label', { reaction: t(`forum.reaction.${r}`), count: message.reactions[r] ?? 0 })}
          </Button>
        );
      })}
    </HStack>
  );
}
