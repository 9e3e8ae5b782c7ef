import type { MessageKey } from '../i18n/nb';
import type { Translate } from '../i18n/i18n';

/** How long a rule keeps its records, in words: «12 måneder», or «Beholdes» for no limit. */
export function keptFor(months: number | null, t: Translate): string {
  if (months === null) return t('privacy.retention.kept');
  return t(months === 1 ? 'privacy.retention.month' : 'privacy.retention.months', { count: months });
}

/** The modules' retention targets, named in the reports by stable names; one not known here shows as it came. */
const TARGETS: Record<string, MessageKey> = {
  'channel copies': 'privacy.retentionTarget.channels',
  'forum discussions': 'privacy.retentionTarget.forum',
  'inbox conversations': 'privacy.retentionTarget.inbox',
};

export function targetName(target: string, t: Translate): string {
  const key = TARGETS[target];
  return key ? t(key) : target;
}
