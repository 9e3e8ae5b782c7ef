import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyLong, BodyShort, Button, HStack, Link, Select, Tag, Textarea, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { identityApi } from '../api/identity';
import type { Idea, Unit } from '../api/types';
import { DateField } from '../common/DateField';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { Section } from '../common/Section';
import { useSubmit } from '../common/useSubmit';
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

/** The department, the reason it reads first, and an optional deadline; errors at their fields. */
function LiftModal({ ideaId, onClose, onLifted }: { ideaId: number; onClose: () => void; onLifted: () => Promise<void> }) {
  const t = useT();
  const [departments, setDepartments] = useState<Unit[]>([]);
  const [departmentId, setDepartmentId] = useState('');
  const [reason, setReason] = useState('');
  const [deadline, setDeadline] = useState('');
  const [local, setLocal] = useState<{ departmentId?: string; reason?: string }>({});
  const { busy, error, setError, submit } = useSubmit();

  useEffect(() => {
    identityApi.units().then(
      (units) => setDepartments(units.filter((u) => u.kind === 'DEPARTMENT')),
      (e: unknown) => setError(e),
    );
  }, [setError]);

  function validate() {
    const problems = {
      departmentId: departmentId ? undefined : t('events.idea.escalation.departmentRequired'),
      reason: reason.trim() ? undefined : t('events.idea.escalation.reasonRequired'),
    };
    setLocal(problems);
    return !(problems.departmentId || problems.reason);
  }

  const lift = submit(async () => {
    await eventsApi.escalateIdea(ideaId, { departmentId: Number(departmentId), reason: reason.trim(), deadline: deadline || null });
    await onLifted();
  }, validate);

  return (
    <FormModal heading={t('events.idea.escalation.lift')} submitLabel={t('events.idea.escalation.submit')} busy={busy} error={error} onClose={onClose} onSubmit={lift}>
      <Select
        label={t('events.idea.escalation.department')}
        value={departmentId}
        onChange={(e) => setDepartmentId(e.target.value)}
        error={local.departmentId ?? fieldError(error, 'departmentId')}
      >
        <option value="">{t('events.idea.escalation.chooseDepartment')}</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </Select>
      <Textarea
        label={t('events.idea.escalation.reason')}
        description={t('events.idea.escalation.reasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={local.reason ?? fieldError(error, 'reason') ?? fieldError(error, 'summary')}
      />
      <DateField label={t('events.idea.escalation.deadline')} value={deadline} onChange={setDeadline} error={fieldError(error, 'deadline')} fromDate={new Date()} />
    </FormModal>
  );
}
