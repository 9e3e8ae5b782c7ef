import { Link as RouterLink } from 'react-router';
import { BodyLong, Heading, Link, VStack } from '@navikt/ds-react';
import type { Escalation } from '../api/types';
import { useT } from '../i18n/i18n';
import { EscalationActions } from './EscalationActions';
import { EscalationFacts } from './EscalationFacts';
import { EscalationStateTag } from './EscalationStateTag';

interface Props {
  escalation: Escalation;
  onChanged: (escalation: Escalation, message: string) => void;
}

export function EscalationItem({ escalation, onChanged }: Props) {
  const t = useT();
  return (
    <VStack gap="space-12" className="samtale-forum-card">
      <Heading level="2" size="small">
        <Link as={RouterLink} to={`/forum/diskusjon/${escalation.discussionId}`}>
          {escalation.discussionTitle}
        </Link>
      </Heading>
      <BodyLong size="small" className="samtale-meta">
        {t('forum.inSpace')} {escalation.spaceName}
      </BodyLong>
      <EscalationStateTag escalation={escalation} />
      <EscalationFacts escalation={escalation} />
      {escalation.answer && (
        <dl className="samtale-definitions">
          <dt>{t('forum.escalations.answer')}</dt>
          <dd className="samtale-forum-plain">{escalation.answer}</dd>
        </dl>
      )}
      <EscalationActions escalation={escalation} onChanged={onChanged} />
    </VStack>
  );
}
