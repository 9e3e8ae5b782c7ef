import { BodyLong, Heading, VStack } from '@navikt/ds-react';
import type { Escalation } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { EscalationFacts } from './EscalationFacts';
import { EscalationStateTag } from './EscalationStateTag';
import { JournalButton } from '../archive/JournalButton';

/** Where a discussion's escalation to the directorate stands, with the answer once it comes. */
export function EscalationPanel({ escalation }: { escalation: Escalation }) {
  const { t, language } = useLanguage();
  return (
    <section aria-labelledby="escalation-heading" className="samtale-forum-card">
      <VStack gap="space-12">
        <Heading level="2" size="small" id="escalation-heading">
          {t('forum.escalation.heading')}
        </Heading>
        <EscalationStateTag escalation={escalation} />
        <EscalationFacts escalation={escalation} />
        {escalation.answer && (
          <VStack gap="space-8">
            <Heading level="3" size="xsmall">
              {t('forum.escalation.answerFrom', { department: escalation.department.name })}
            </Heading>
            <BodyLong className="samtale-forum-plain">{escalation.answer}</BodyLong>
            {escalation.answeredBy && escalation.answeredAt && (
              <BodyLong size="small" className="samtale-meta">
                {escalation.answeredBy.name}, {formatDateTime(escalation.answeredAt, language)}
              </BodyLong>
            )}
            <JournalButton sourceKind="ESCALATION" sourceId={escalation.id} />
          </VStack>
        )}
      </VStack>
    </section>
  );
}
