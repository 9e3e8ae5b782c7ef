import type { Escalation } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { formatDate } from '../common/format';

/** Department, deadline, who raised it and the summary of an escalation. */
export function EscalationFacts({ escalation }: { escalation: Escalation }) {
  const { t, language } = useLanguage();
  return (
    <dl className="samtale-definitions">
      <dt>{t('forum.escalation.department')}</dt>
      <dd>{escalation.department.name}</dd>
      <dt>{t('forum.escalation.deadline')}</dt>
      <dd>{escalation.deadline ? formatDate(escalation.deadline, language) : t('forum.escalation.noDeadline')}</dd>
      <dt>{t('forum.escalation.raisedBy')}</dt>
      <dd>
        {escalation.raisedBy.name}, {formatDateTime(escalation.raisedAt, language)}
      </dd>
      <dt>{t('forum.escalation.summary')}</dt>
      <dd className="samtale-forum-plain">{escalation.summary}</dd>
    </dl>
  );
}
