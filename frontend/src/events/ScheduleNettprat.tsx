import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, HStack, Textarea, TextField, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { forumApi } from '../api/forum';
import { RefSelect } from '../common/RefSelect';
import { Section } from '../common/Section';
import { fieldError, formLevelError } from '../common/forms';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { instants, LiveTimeFields, type LiveTime } from './LiveTimeFields';
import { LivePeoplePicker, type LivePeople } from './LivePeoplePicker';

/** Tomorrow at 12–13, a time a nettprat is often held, as the form's start. */
function tomorrowAtNoon(): LiveTime {
  const d = new Date(Date.now() + 24 * 3600 * 1000);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return { day, starts: '12:00', ends: '13:00' };
}

/** For leaders and administrators: a new nettprat with its time, leaders, helpers and moderators, announced in a space if chosen. */
export function ScheduleNettprat() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const spaces = useLoad(forumApi.spaces).data?.items ?? [];
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [time, setTime] = useState(tomorrowAtNoon);
  const self = { id: me.id, name: me.name, unitName: null };
  const [people, setPeople] = useState<LivePeople>({ leaders: [self], helpers: [], moderators: [self] });
  const [spaceId, setSpaceId] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function schedule() {
    const when = instants(time);
    if (when === null) return;
    setBusy(true);
    setError(null);
    try {
      const { id } = await eventsApi.schedule({
        title,
        description: description || null,
        ...when,
        leaderIds: people.leaders.map((p) => p.id),
        moderatorIds: people.moderators.map((p) => p.id),
        helperIds: people.helpers.map((p) => p.id),
        announceInSpaceId: spaceId,
      });
      void navigate(`/nettprat/${id}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const general = formLevelError(error, t);
  return (
    <Section heading={t('events.schedule.heading')}>
      <VStack gap="space-16">
        <TextField label={t('events.schedule.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError(error, 'title')} />
        <Textarea label={t('events.schedule.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={fieldError(error, 'description')} />
        <LiveTimeFields time={time} onChange={setTime} error={error} />
        <LivePeoplePicker people={people} onChange={setPeople} errors={{ leaders: fieldError(error, 'leaderIds'), helpers: fieldError(error, 'helperIds'), moderators: fieldError(error, 'moderatorIds') }} />
        <RefSelect
          label={t('events.schedule.announce')}
          size="small"
          noneLabel={t('events.schedule.noAnnouncement')}
          options={spaces}
          value={spaceId}
          onChange={setSpaceId}
          error={fieldError(error, 'announceInSpaceId')}
        />
        {general && <Alert variant="error" size="small">{general}</Alert>}
        <HStack>
          <Button loading={busy} disabled={instants(time) === null} onClick={() => void schedule()}>
            {t('events.schedule.submit')}
          </Button>
        </HStack>
      </VStack>
    </Section>
  );
}
