import { useCallback, useEffect, useState } from 'react';
import { BodyShort, Box, Button, Textarea, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { QueueQuestion } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';

/** The leader's view: the next three questions in the moderators' order, each with a box to answer in. */
export function NextThree({ eventId, version, onAnswered }: { eventId: number; version: number; onAnswered: () => void }) {
  const t = useT();
  const load = useCallback(() => eventsApi.next(eventId), [eventId]);
  const { data, reload } = useLoad(load);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    if (version > 0) void reload();
  }, [version, reload]);

  return (
    <Section heading={t('events.next.heading')}>
      <BodyShort size="small">{t('events.next.intro')}</BodyShort>
      <StatusMessage text={status} />
      {data !== null && data.length === 0 && <BodyShort>{t('events.next.empty')}</BodyShort>}
      {data !== null && data.length > 0 && (
        <ol className="samtale-plain-list samtale-events-list">
          {data.map((q) => (
            <li key={q.id}>
              <AnswerForm
                eventId={eventId}
                question={q}
                onDone={(text) => {
                  setStatus(text);
                  onAnswered();
                }}
              />
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

export function AnswerForm({ eventId, question, onDone }: { eventId: number; question: QueueQuestion; onDone: (status: string) => void }) {
  const t = useT();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (body.trim() === '') {
      setProblem(t('events.next.answerRequired'));
      return;
    }
    setBusy(true);
    try {
      await eventsApi.answer(eventId, question.id, body.trim());
      onDone(t('events.next.answered'));
    } catch (e) {
      setProblem(errorText(e, t));
      setBusy(false);
    }
  }

  return (
    <Box padding="space-12" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
      <form onSubmit={(e) => void send(e)} noValidate>
        <VStack gap="space-8">
          <BodyShort weight="semibold">{question.text}</BodyShort>
          <BodyShort size="small" textColor="subtle">
            {t('events.board.votes', { count: question.votes })}
          </BodyShort>
          <Textarea
            label={t('events.next.answer')}
            description={t('events.next.answerHelp')}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={problem ?? undefined}
          />
          <div>
            <Button type="submit" size="small" loading={busy}>
              {t('events.next.submit')}
            </Button>
          </div>
        </VStack>
      </form>
    </Box>
  );
}
