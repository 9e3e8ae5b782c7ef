import { useState } from 'react';
import { BodyShort, Button, Checkbox, CheckboxGroup, ErrorSummary, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { PROBLEM_ALREADY_ON_DUTY, PROBLEM_OUTSIDE_OPENING_HOURS } from '../api/problems';
import { teamsApi } from '../api/teams';
import type { DutyShift, DutyWeek } from '../api/types';
import { useLanguage } from '../i18n/i18n';
import { formatDate } from '../common/format';
import { fieldError, formLevelError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

/** The server's refusal in the reader's words: the rule by its problem type, other field errors as given. */
function shiftError(error: unknown, field: string, t: ReturnType<typeof useLanguage>['t']): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const own = fieldError(error, field);
  if (own === undefined && !(field === 'userIds' && Object.keys(error.fieldErrors).some((f) => f.startsWith('userIds')))) return undefined;
  if (error.type === PROBLEM_ALREADY_ON_DUTY) return t('duty.problem.alreadyOnDuty');
  if (error.type === PROBLEM_OUTSIDE_OPENING_HOURS) return t('duty.problem.outsideHours');
  return own ?? Object.entries(error.fieldErrors).find(([f]) => f.startsWith('userIds'))?.[1];
}

/** Plans a shift in the shown week: a day the accounts are open, from and to, and who is on duty. */
export function ShiftForm({ week, onPlanned }: { week: DutyWeek; onPlanned: (shift: DutyShift) => void }) {
  const { t, language } = useLanguage();
  const open = week.days.filter((d) => d.opens !== null);
  const [date, setDate] = useState(open[0]?.date ?? week.from);
  const day = week.days.find((d) => d.date === date);
  const [starts, setStarts] = useState(day?.opens ?? '08:00');
  const [ends, setEnds] = useState('12:00');
  const [people, setPeople] = useState<string[]>([]);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const general = formLevelError(error, t);
  const twoWarning = people.length === 1;
  return (
    <form
      aria-label={t('duty.form.label')}
      onSubmit={submit(async () => {
        const shift = await teamsApi.addShift(week.teamId, { date, starts, ends, userIds: people.map(Number) });
        setPeople([]);
        onPlanned(shift);
      })}
    >
      <VStack gap="space-16">
        {general && !(error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) && (
          <ErrorSummary heading={t('duty.form.error')}>
            <ErrorSummary.Item href="#shift-date">{general}</ErrorSummary.Item>
          </ErrorSummary>
        )}
        <HStack gap="space-16" wrap align="start">
          <Select id="shift-date" label={t('duty.form.day')} size="small" value={date} onChange={(e) => setDate(e.target.value)} error={shiftError(error, 'date', t)}>
            {week.days.map((d) => (
              <option key={d.date} value={d.date}>
                {formatDate(d.date, language)}
                {d.opens === null ? ` (${t('duty.closed')})` : ` (${d.opens}–${d.closes})`}
              </option>
            ))}
          </Select>
          <TextField label={t('duty.form.starts')} size="small" type="time" value={starts} onChange={(e) => setStarts(e.target.value)} error={shiftError(error, 'starts', t)} />
          <TextField label={t('duty.form.ends')} size="small" type="time" value={ends} onChange={(e) => setEnds(e.target.value)} error={shiftError(error, 'ends', t)} />
        </HStack>
        <CheckboxGroup legend={t('duty.form.people')} size="small" value={people} onChange={setPeople} error={shiftError(error, 'userIds', t)}>
          {week.members.map((p) => (
            <Checkbox key={p.id} value={String(p.id)}>
              {p.name}
            </Checkbox>
          ))}
        </CheckboxGroup>
        {twoWarning && (
          <BodyShort size="small" role="status">
            {t('duty.form.twoWarning')}
          </BodyShort>
        )}
        <div>
          <Button type="submit" size="small" loading={busy}>
            {t('duty.form.add')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
