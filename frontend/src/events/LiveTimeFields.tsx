import { HStack, TextField } from '@navikt/ds-react';
import { DateField } from '../common/DateField';
import { fieldError } from '../common/forms';
import { useT } from '../i18n/i18n';

/** A nettprat's time as the form holds it: a day and a start and end on that day, in the reader's own time zone. */
export interface LiveTime {
  day: string;
  starts: string;
  ends: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The form's time from the API's instants (local day and clock). */
export function liveTime(startsAt: string, endsAt: string): LiveTime {
  const s = new Date(startsAt);
  const e = new Date(endsAt);
  return {
    day: `${s.getFullYear()}-${pad(s.getMonth() + 1)}-${pad(s.getDate())}`,
    starts: `${pad(s.getHours())}:${pad(s.getMinutes())}`,
    ends: `${pad(e.getHours())}:${pad(e.getMinutes())}`,
  };
}

/** The API's instants from the form's time; null when the day or a clock is not filled in. */
export function instants(time: LiveTime): { startsAt: string; endsAt: string } | null {
  const starts = new Date(`${time.day}T${time.starts}`);
  const ends = new Date(`${time.day}T${time.ends}`);
  if (Number.isNaN(starts.getTime()) || Number.isNaN(ends.getTime())) return null;
  return { startsAt: starts.toISOString(), endsAt: ends.toISOString() };
}

/** The day and clocks, each with the server's complaint about it (the end is the field the server names). */
export function LiveTimeFields({ time, onChange, error }: { time: LiveTime; onChange: (time: LiveTime) => void; error: unknown }) {
  const t = useT();
  return (
    <HStack gap="space-16" align="start" wrap>
      <DateField label={t('events.schedule.day')} value={time.day} onChange={(day) => onChange({ ...time, day })} size="small" error={fieldError(error, 'startsAt')} />
      <TextField label={t('events.schedule.starts')} type="time" size="small" value={time.starts} onChange={(e) => onChange({ ...time, starts: e.target.value })} />
      <TextField
        label={t('events.schedule.ends')}
        type="time"
        size="small"
        value={time.ends}
        onChange={(e) => onChange({ ...time, ends: e.target.value })}
        error={fieldError(error, 'endsAt')}
      />
    </HStack>
  );
}
