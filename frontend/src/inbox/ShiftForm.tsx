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

type Field = 'starts' | 'ends' | 'userIds';
type Translate = ReturnType<typeof useLanguage>['t'];

/** The server's refusal in the reader's words: the rule by its problem type or code, other field errors as given. */
function shiftError(error: unknown, field: string, t: Translate): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  // A person at fault is named by index (userIds[1]); the group of people shows it.
  const key = field === 'userIds' ? Object.keys(error.fieldErrors).find((f) => f.startsWith('userIds')) : field;
  if (key === undefined || !(key in error.fieldErrors)) return undefined;
  if (error.type === PROBLEM_ALREADY_ON_DUTY) return t('duty.problem.alreadyOnDuty');
  if (error.type === PROBLEM_OUTSIDE_OPENING_HOURS) return t('duty.problem.outsideHours');
  return fieldError(error, key);
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The server's rules, checked before sending so the reader sees every one at once and in words (walk report F18). */
export function shiftChecks(starts: string, ends: string, people: string[], t: Translate): Partial<Record<Field, string>> {
  const checks: Partial<Record<Field, string>> = {};
  if (!TIME.test(starts)) checks.starts = t('duty.form.timeFormat');
  if (!TIME.test(ends)) checks.ends = t('duty.form.timeFormat');
  else if (!checks.starts && ends <= starts) checks.ends = t('field.ShiftEndsAfterStarts');
  if (people.length === 0) checks.userIds = t('field.ShiftNeedsSomeone');
  return checks;
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
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });
  const general = formLevelError(error, t);
  const twoWarning = people.length === 1;
  const errorFor = (field: Field) => local[field] ?? shiftError(error, field, t);
  // An edited field's complaint no longer holds.
  const edited = (field: Field) => setLocal(({ [field]: _, ...rest }) => rest);
  const validate = () => {
    const checks = shiftChecks(starts, ends, people, t);
    setLocal(checks);
    if (Object.keys(checks).length > 0) setError(null);
    return Object.keys(checks).length === 0;
  };
  return (
    <form
      aria-label={t('duty.form.label')}
      noValidate
      onSubmit={submit(async () => {
        const shift = await teamsApi.addShift(week.teamId, { date, starts, ends, userIds: people.map(Number) });
        setPeople([]);
        onPlanned(shift);
      }, validate)}
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
          <TextField label={t('duty.form.starts')} size="small" type="time" value={starts} onChange={(e) => { setStarts(e.target.value); edited('starts'); }} error={errorFor('starts')} />
          <TextField label={t('duty.form.ends')} size="small" type="time" value={ends} onChange={(e) => { setEnds(e.target.value); edited('ends'); }} error={errorFor('ends')} />
        </HStack>
        <CheckboxGroup legend={t('duty.form.people')} size="small" value={people} onChange={(v: string[]) => { setPeople(v); edited('userIds'); }} error={errorFor('userIds')}>
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
