import type { Translate } from '../i18n/i18n';

/** A span of minutes in words: «45 min», «2 t», «2 t 5 min», «3 d 4 t». */
export function formatMinutes(minutes: number, t: Translate): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return t('inbox.duration.minutes', { minutes: m });
  if (m < 24 * 60 && m % 60 === 0) return t('inbox.duration.wholeHours', { hours: m / 60 });
  if (m < 24 * 60) return t('inbox.duration.hours', { hours: Math.floor(m / 60), minutes: m % 60 });
  return t('inbox.duration.days', { days: Math.floor(m / (24 * 60)), hours: Math.floor((m % (24 * 60)) / 60) });
}

/** Beyond this the server stops counting exactly and answers one more. */
export const COUNT_CAP = 10_000;

/** A count from the server in words: the number, or «over 10 000» where it stopped counting. */
export function countText(count: number, t: Translate): string {
  return count > COUNT_CAP ? t('inbox.countCapped', { count: COUNT_CAP }) : String(count);
}

/** A person's first name, the way a reply is signed. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
