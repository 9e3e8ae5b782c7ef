import { useState } from 'react';
import { BodyShort, Box, Button, HStack, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { LiveQuestion } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { byVotes } from './liveChanges';

/** The approved and answered questions, most votes first, each with its answer as soon as it is given. */
export function LiveBoard({
  eventId,
  questions,
  canVote,
  onVoted,
}: {
  eventId: number;
  questions: LiveQuestion[];
  canVote: boolean;
  onVoted: (update: (current: LiveQuestion[]) => LiveQuestion[]) => void;
}) {
  const t = useT();
  const [status, setStatus] = useState<string | null>(null);

  async function vote(question: LiveQuestion) {
    try {
      const { votes } = await eventsApi.vote(eventId, question.id);
      onVoted((current) => byVotes(current.map((q) => (q.id === question.id ? { ...q, votes, votedByMe: true } : q))));
      setStatus(t('events.board.voted'));
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  return (
    <Section heading={t('events.board.heading')}>
      <StatusMessage text={status} />
      {questions.length === 0 ? (
        <BodyShort>{t('events.board.empty')}</BodyShort>
      ) : (
        <ul className="samtale-plain-list samtale-events-list" aria-live="polite" aria-relevant="additions text">
          {questions.map((q) => (
            <li key={q.id}>
              <Box padding="space-12" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
                <VStack gap="space-8">
                  <BodyShort weight="semibold">{q.text}</BodyShort>
                  <BodyShort size="small" textColor="subtle">
                    {q.asker ? q.asker.name : t('events.board.anonymous')} · {t('events.board.votes', { count: q.votes })}
                  </BodyShort>
                  {q.answer && (
                    <VStack gap="space-4">
                      <BodyShort>{q.answer}</BodyShort>
                      <BodyShort size="small" textColor="subtle">
                        {q.typedBy
                          ? t('events.board.answeredTyped', { leader: q.answeredBy?.name ?? '', helper: q.typedBy.name })
                          : t('events.board.answeredBy', { leader: q.answeredBy?.name ?? '' })}
                      </BodyShort>
                    </VStack>
                  )}
                  {canVote && q.status === 'APPROVED' && (
                    <HStack>
                      <Button
                        size="small"
                        variant="secondary"
                        disabled={q.votedByMe}
                        onClick={() => void vote(q)}
                      >
                        {q.votedByMe ? t('events.board.votedButton') : t('events.board.vote')}
                        <span className="aksel-sr-only">: {q.text}</span>
                      </Button>
                    </HStack>
                  )}
                </VStack>
              </Box>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
