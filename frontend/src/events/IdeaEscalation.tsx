import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyLong, BodyShort, Button, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { Idea } from '../api/types';
import { DepartmentEscalationModal, type DepartmentEscalationTexts } from '../common/DepartmentEscalationModal';
import { Section } from '../common/Section';
import { formatDateTime, useLanguage, useT } from '../i18n/i18n';

type Escalation = NonNullable<Idea['escalation']>;

/**
 * An idea lifted to a directorate department as a forum escalation: where it stands and the department's answer,
 * and for the idea space's moderators the button that lifts it (again, once the last escalation is closed).
 */
export function IdeaEscalation({ idea, onLifted }: { idea: Idea; onLifted: () => Promise<void> }) {
  const t = useT();
  const [lifting, setLifting] = useState(false);
  const escalation = idea.escalation;
  const mayLift = idea.canEscalate && (escalation === null || escalation.state === 'CLOSED');
  if (escalation === null && !mayLift) return null;
  return (
    <Section heading={t('events.idea.escalation.heading')}>
      <VStack gap="space-12">
        {escalation === null ? <BodyShort>{t('events.idea.escalation.none')}</BodyShort> : <EscalationState escalation={escalation} />}
        {mayLift && (
          <HStack>
            <Button size="small" variant="secondary" onClick={() => setLifting(true)}>
              {t('events.idea.escalation.lift')}
            </Button>
          </HStack>
        )}
      </VStack>
      {lifting && (
        <LiftModal
          ideaId={idea.id}
          onClose={() => setLifting(false)}
          onLifted={async () => {
            setLifting(false);
            await onLifted();
          }}
        />
      )}
    </Section>
  );
}

function EscalationState({ escalation }: { escalation: Escalation }) {
  const { t, language } = useLanguage();
  return (
    <VStack gap="space-8">
      <HStack gap="space-8" align="center" wrap>
        <Tag size="small" variant={escalation.state === 'ANSWERED' ? 'success' : escalation.state === 'CLOSED' ? 'neutral' : 'info'}>
          {t(`events.idea.escalation.state.${escalation.state}`)}
        </Tag>
        <BodyShort size="small" textColor="subtle">
          {t('events.idea.escalation.raised', {
            department: escalation.departmentName,
            name: escalation.raisedBy.name,
            date: formatDateTime(escalation.raisedAt, language),
          })}
        </BodyShort>
      </HStack>
      <BodyLong>{escalation.reason}</BodyLong>
      {escalation.answer !== null && (
        <VStack gap="space-4">
          <BodyShort weight="semibold">
            {t('events.idea.escalation.answer', {
              department: escalation.departmentName,
              name: escalation.answeredBy?.name ?? '',
              date: escalation.answeredAt === null ? '' : formatDateTime(escalation.answeredAt, language),
            })}
          </BodyShort>
          <BodyLong>{escalation.answer}</BodyLong>
        </VStack>
      )}
      <BodyShort size="small">
        <Link as={RouterLink} to={`/forum/diskusjon/${escalation.discussionId}`}>
          {t('events.idea.escalation.discussion')}
        </Link>
      </BodyShort>
    </VStack>
  );
}

const LIFT_TEXTS: DepartmentEscalationTexts = {
  heading: 'events.idea.escalation.lift',
  submit: 'events.idea.escalation.submit',
  department: 'events.idea.escalation.department',
  chooseDepartment: 'events.idea.escalation.chooseDepartment',
  departmentRequired: 'events.idea.escalation.departmentRequired',
  text: 'events.idea.escalation.reason',
  textHelp: 'events.idea.escalation.reasonHelp',
  textRequired: 'events.idea.escalation.reasonRequired',
  deadline: 'events.idea.escalation.deadline',
};

/** The department, the reason it reads first, and an optional deadline; errors at their fields. */
function LiftModal({ ideaId, onClose, onLifted }: { ideaId: number; onClose: () => void; onLifted: () => Promise<void> }) {
  return (
    <DepartmentEscalationModal
      texts={LIFT_TEXTS}
      textFields={['reason', 'summary']}
      send={async ({ departmentId, text, deadline }) => {
        await eventsApi.escalateIdea(ideaId, { departmentId, reason: text, deadline });
        await onLifted();
      }}
      onClose={onClose}
    />
  );
}
