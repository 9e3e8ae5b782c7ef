import { useState } from 'react';
import { Alert, Button, HStack, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { LiveEvent } from '../api/types';
import { Section } from '../common/Section';
import { formLevelError } from '../common/forms';
import { useT } from '../i18n/i18n';
import { instants, liveTime, LiveTimeFields } from './LiveTimeFields';

/** For the nettprat's leaders and moderators before it ends: a new day and time; the announcement says so. */
export function MoveNettprat({ event, onMoved }: { event: LiveEvent; onMoved: () => void }) {
  const t = useT();
  const [time, setTime] = useState(() => liveTime(event.startsAt, event.endsAt));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function move() {
    const when = instants(time);
    if (when === null) return setError(null);
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await eventsApi.reschedule(event.id, when.startsAt, when.endsAt);
      setDone(true);
      onMoved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const general = formLevelError(error, t);
  return (
    <Section heading={t('events.move.heading')} size="small">
      <VStack gap="space-12">
        <LiveTimeFields time={time} onChange={setTime} error={error} />
        {general && <Alert variant="error" size="small">{general}</Alert>}
        <div role="status">{done && <Alert variant="success" size="small">{t('events.move.done')}</Alert>}</div>
        <HStack>
          <Button size="small" variant="secondary" loading={busy} disabled={instants(time) === null} onClick={() => void move()}>
            {t('events.move.submit')}
          </Button>
        </HStack>
      </VStack>
    </Section>
  );
}
