import { useCallback, useEffect, useState } from 'react';
import { BodyShort, Box, Button, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { QueueQuestion } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { QuestionStatusTag } from './LiveStateTag';

/**
 * The moderators' queue: approve, decline with a reason the asker sees, merge into a like question (suggested),
 * and put the queue in the order the leader should take it (move up and down, by keyboard too).
 */
export function ModeratorQueue({ eventId, version, onChanged }: { eventId: number; version: number; onChanged: () => void }) {
  const t = useT();
  const load = useCallback(() => eventsApi.queue(eventId), [eventId]);
  const { data, error, reload } = useLoad(load);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    if (version > 0) void reload();
  }, [version, reload]);

  async function act(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      setStatus(done);
      onChanged();
      await reload();
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  async function move(index: number, by: number) {
    if (data === null) return;
    const ids = data.map((q) => q.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved);
    await act(() => eventsApi.order(eventId, ids), t('events.queue.moved'));
  }

  return (
    <Section heading={t('events.queue.heading')}>
      <BodyShort size="small">{t('events.queue.intro')}</BodyShort>
      <StatusMessage text={status} />
      {error !== null && <BodyShort>{errorText(error, t)}</BodyShort>}
      {data !== null && data.length === 0 && <BodyShort>{t('events.queue.empty')}</BodyShort>}
      {data !== null && data.length > 0 && (
        <ol className="samtale-plain-list samtale-events-list">
          {data.map((q, index) => (
            <li key={q.id}>
              <QueueItem
                eventId={eventId}
                question={q}
                first={index === 0}
                last={index === data.length - 1}
                onMove={(by) => void move(index, by)}
                act={act}
              />
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function QueueItem({
  eventId,
  question: q,
  first,
  last,
  onMove,
  act,
}: {
  eventId: number;
  question: QueueQuestion;
  first: boolean;
  last: boolean;
  onMove: (by: number) => void;
  act: (action: () => Promise<unknown>, done: string) => Promise<void>;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [similar, setSimilar] = useState<QueueQuestion[] | null>(null);
  const [into, setInto] = useState('');

  async function findSimilar() {
    try {
      const found = await eventsApi.similar(eventId, q.id);
      setSimilar(found);
      setInto(found.length > 0 ? String(found[0].id) : '');
    } catch {
      setSimilar([]);
    }
  }

  return (
    <Box padding="space-12" borderRadius="8" borderWidth="1" borderColor="neutral-subtle">
      <VStack gap="space-8">
        <HStack gap="space-8" align="center" wrap>
          <QuestionStatusTag status={q.status} />
          <BodyShort size="small" textColor="subtle">
            {q.asker ? q.asker.name : t('events.board.anonymous')} · {t('events.board.votes', { count: q.votes })}
          </BodyShort>
        </HStack>
        <BodyShort>{q.text}</BodyShort>
        <HStack gap="space-8" wrap>
          {q.status === 'PENDING' && (
            <Button size="small" onClick={() => void act(() => eventsApi.approve(eventId, q.id), t('events.queue.approved'))}>
              {t('events.queue.approve')}
            </Button>
          )}
          <Button size="small" variant="secondary" disabled={first} onClick={() => onMove(-1)} aria-label={t('events.queue.upLabel', { text: q.text })}>
            {t('events.queue.up')}
          </Button>
          <Button size="small" variant="secondary" disabled={last} onClick={() => onMove(1)} aria-label={t('events.queue.downLabel', { text: q.text })}>
            {t('events.queue.down')}
          </Button>
          <Button size="small" variant="tertiary" onClick={() => void findSimilar()}>
            {t('events.queue.findSimilar')}
          </Button>
        </HStack>
        {similar !== null &&
          (similar.length === 0 ? (
            <BodyShort size="small">{t('events.queue.noSimilar')}</BodyShort>
          ) : (
            <HStack gap="space-8" align="end" wrap>
              <Select label={t('events.queue.mergeInto')} size="small" value={into} onChange={(e) => setInto(e.target.value)}>
                {similar.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.text}
                  </option>
                ))}
              </Select>
              <Button
                size="small"
                variant="secondary"
                onClick={() => void act(() => eventsApi.merge(eventId, q.id, Number(into)), t('events.queue.merged'))}
              >
                {t('events.queue.merge')}
              </Button>
            </HStack>
          ))}
        <HStack gap="space-8" align="end" wrap>
          <TextField
            label={t('events.queue.reason')}
            size="small"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonMissing ? t('events.queue.reasonRequired') : undefined}
          />
          <Button
            size="small"
            variant="danger"
            onClick={() => {
              setReasonMissing(reason.trim() === '');
              if (reason.trim() !== '') void act(() => eventsApi.decline(eventId, q.id, reason.trim()), t('events.queue.declined'));
            }}
          >
            {t('events.queue.decline')}
          </Button>
        </HStack>
      </VStack>
    </Box>
  );
}
