import type { SpaceSummary } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { names } from '../common/format';

/** Who runs a space and how busy it is, as a definition list. */
export function SpaceFacts({ space }: { space: SpaceSummary }) {
  const { t, language } = useLanguage();
  return (
    <dl className="samtale-definitions">
      <dt>{t('forum.moderators')}</dt>
      <dd>{names(space.moderators) || t('common.none')}</dd>
      <dt>{t('forum.experts')}</dt>
      <dd>{names(space.experts) || t('common.none')}</dd>
      <dt>{t('forum.discussionCount')}</dt>
      <dd>{space.discussionCount}</dd>
      <dt>{t('forum.messageCount')}</dt>
      <dd>{space.messageCount}</dd>
      <dt>{t('forum.lastActivity')}</dt>
      <dd>{space.lastActivityAt ? formatDateTime(space.lastActivityAt, language) : t('common.never')}</dd>
    </dl>
  );
}
