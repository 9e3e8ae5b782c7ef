import type { Person } from '../api/types';
import type { Language, Translate } from '../i18n/i18n';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : language);

/** A date without time (YYYY-MM-DD from the API), written the way the reader's language does. */
export function formatDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A share from 0 to 1 as a whole percentage. */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The names of some people, comma separated, with their unit when known. */
export function names(people: Person[]): string {
  return people.map((p) => (p.unitName ? `${p.name} (${p.unitName})` : p.name)).join(', ');
}

/** This month as YYYY-MM. */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** A local date as YYYY-MM-DD, the form the API takes dates in. */
export function isoDate(date: Date): string {
  return `${currentMonth(date)}-${String(date.getDate()).padStart(2, '0')}`;
}

/** This month and the eleven before it, newest first, as YYYY-MM. */
export function recentMonths(now = new Date()): string[] {
  return Array.from({ length: 12 }, (_, i) => currentMonth(new Date(now.getFullYear(), now.getMonth() - i, 1)));
}

/** A YYYY-MM month written out, e.g. «mars 2025». */
export function formatMonth(month: string, language: Language): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** A file size in kilobytes, e.g. «12,3 kB». */
export function formatKilobytes(bytes: number, language: Language): string {
  const kb = bytes / 1024;
  const digits = kb < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(Math.max(kb, 0.1))} kB`;
}

/** A short name for a file type, e.g. «PDF» for application/pdf. */
export function fileType(contentType: string): string {
  return (contentType.split('/')[1] ?? contentType).toUpperCase();
}

/** A span of minutes in words: «45 min», «2 t», «2 t 5 min», «3 d 4 t». */
export function formatMinutes(minutes: number, t: Translate): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return t('duration.minutes', { minutes: m });
  if (m < 24 * 60 && m % 60 === 0) return t('duration.wholeHours', { hours: m / 60 });
  if (m < 24 * 60) return t('duration.hours', { hours: Math.floor(m / 60), minutes: m % 60 });
  return t('duration.days', { days: Math.floor(m / (24 * 60)), hours: Math.floor((m % (24 * 60)) / 60) });
}

/** How long something took, in words: «under ett sekund», «3 sekunder», «2 minutter», «1 time». */
export function humanDuration(millis: number, t: Translate): string {
  const seconds = Math.round(millis / 1000);
  if (millis < 1000) return t('elapsed.underASecond');
  if (seconds < 60) return t('elapsed.seconds', { count: seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('elapsed.minutes', { count: minutes });
  return t('elapsed.hours', { count: Math.round(minutes / 60) });
}
