import type { Translate } from '../i18n/i18n';

/** How long a rule keeps its records, in words: «12 måneder», or «Beholdes» for no limit. */
export function keptFor(months: number | null, t: Translate): string {
  if (months === null) return t('privacy.retention.kept');
  return t(months === 1 ? 'privacy.retention.month' : 'privacy.retention.months', { count: months });
}
