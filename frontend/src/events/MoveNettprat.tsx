import { useState } from 'react';
import { eventsApi } from '../api/events';
import type { LiveEvent } from '../api/types';
import { useT } from '../i18n/i18n';
import { instants, liveTime, LiveTimeFields } from './LiveTimeFields';
import { NettpratChangeSection, useNettpratChange } from './NettpratChangeSection';

/** For the nettprat's leaders and moderators before it ends: a new day and time; the announcement says so. */
export function MoveNettprat({ event, onMoved }: { event: LiveEvent; onMoved: () => void }) {
  const t = useT();
  const [time, setTime] = useState(() => liveTime(event.startsAt, event.endsAt));
  const change = useNettpratChange();
  const when = instants(time);

  function move() {
    if (when === null) return;
    void change.run(async () => {
      await eventsApi.reschedule(event.id, when.startsAt, when.endsAt);
      onMoved();
    });
  }

  return (
    <NettpratChangeSection
      heading={t('events.move.heading')}
      change={change}
      submit={t('events.move.submit')}
      doneText={t('events.move.done')}
      onSubmit={move}
      variant="secondary"
      disabled={when === null}
      gap="space-12"
      shows={(field) => field === 'startsAt' || field === 'endsAt'}
    >
      <LiveTimeFields time={time} onChange={setTime} error={change.error} />
    </NettpratChangeSection>
  );
}
