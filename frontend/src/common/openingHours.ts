import { WEEKDAYS, type OpeningHours, type Weekday } from '../api/types';
import type { Translate } from '../i18n/i18n';

type Hours = Omit<OpeningHours, 'zone'> & { zone?: string };

/** HH:mm of a time the server may write with seconds (09:00:00). */
const hhmm = (time: string) => time.slice(0, 5);

/** Runs of days next to each other in the week, e.g. Monday–Friday, Sunday. */
function dayRuns(days: readonly Weekday[]): Weekday[][] {
  const runs: Weekday[][] = [];
  for (const day of WEEKDAYS) {
    if (!days.includes(day)) continue;
    const last = runs[runs.length - 1];
    if (last && WEEKDAYS.indexOf(last[last.length - 1]) === WEEKDAYS.indexOf(day) - 1) last.push(day);
    else runs.push([day]);
  }
  return runs;
}

/** Opening hours in words: «mandag–fredag kl. 09:00–15:00». */
export function formatOpeningHours(hours: Hours, t: Translate): string {
  const runs = dayRuns(hours.days);
  if (runs.length === 0) return t('channels.hours.never');
  const days = runs
    .map((run) => (run.length === 1 ? t(`weekday.${run[0]}`) : `${t(`weekday.${run[0]}`)}–${t(`weekday.${run[run.length - 1]}`)}`))
    .join(', ');
  return t('channels.hours.format', { days, opens: hhmm(hours.opens), closes: hhmm(hours.closes) });
}

/** The weekday and time of day now, in the opening hours' time zone. */
function localNow(now: Date, zone: string): { day: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('weekday').toUpperCase() as Weekday, time: `${part('hour')}:${part('minute')}` };
}

export interface Opening {
  day: Weekday;
  /** 0 today, 1 tomorrow, … */
  inDays: number;
  time: string;
}

/** When the channel next opens after `now` (it may be open now), or null when it never does. */
export function nextOpening(hours: Hours, now = new Date()): Opening | null {
  const { day, time } = localNow(now, hours.zone || 'Europe/Oslo');
  const today = WEEKDAYS.indexOf(day);
  for (let inDays = 0; inDays <= 7; inDays++) {
    const candidate = WEEKDAYS[(today + inDays) % 7];
    if (hours.days.includes(candidate) && (inDays > 0 || time < hhmm(hours.opens))) return { day: candidate, inDays, time: hhmm(hours.opens) };
  }
  return null;
}

/** «i dag kl. 09:00», «i morgen kl. 09:00» or «mandag kl. 09:00». */
export function formatOpening(opening: Opening, t: Translate): string {
  if (opening.inDays === 0) return t('channels.hours.today', { time: opening.time });
  if (opening.inDays === 1) return t('channels.hours.tomorrow', { time: opening.time });
  return t('channels.hours.on', { day: t(`weekday.${opening.day}`), time: opening.time });
}
