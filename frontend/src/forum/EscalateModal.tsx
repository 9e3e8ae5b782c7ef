import { useEffect, useState } from 'react';
import { Select, Textarea } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { identityApi } from '../api/identity';
import type { Escalation, Unit } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { DateField } from '../common/DateField';

interface Props {
  discussionId: number;
  onEscalated: (escalation: Escalation) => void;
  onClose: () => void;
}

/** Lifts a discussion to a directorate department with a summary and an optional deadline. */
export function EscalateModal({ discussionId, onEscalated, onClose }: Props) {
  const t = useT();
  const [departments, setDepartments] = useState<Unit[]>([]);
  const [departmentId, setDepartmentId] = useState('');
  const [summary, setSummary] = useState('');
  const [deadline, setDeadline] = useState('');
  const [local, setLocal] = useState<{ departmentId?: string; summary?: string }>({});
  const { busy, error, setError, submit } = useSubmit();

  useEffect(() => {
    identityApi.units().then(
      (units) => setDepartments(units.filter((u) => u.kind === 'DEPARTMENT')),
      (e: unknown) => setError(e),
    );
  }, []);

  function validate() {
    const problems = {
      departmentId: departmentId ? undefined : t('forum.escalate.departmentRequired'),
      summary: summary.trim() ? undefined : t('common.required'),
    };
    setLocal(problems);
    return !(problems.departmentId || problems.summary);
  }

  const escalate = submit(async () => {
    onEscalated(await forumApi.escalate(discussionId, { departmentId: Number(departmentId), summary: summary.trim(), deadline: deadline || null }));
  }, validate);

  return (
    <FormModal heading={t('forum.escalate.heading')} submitLabel={t('forum.escalate.submit')} busy={busy} error={error} onClose={onClose} onSubmit={escalate}>
      <Select
        label={t('forum.escalation.department')}
        value={departmentId}
        onChange={(e) => setDepartmentId(e.target.value)}
        error={local.departmentId ?? fieldError(error, 'departmentId')}
      >
        <option value="">{t('forum.escalate.choose')}</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </Select>
      <Textarea
        label={t('forum.escalation.summary')}
        description={t('forum.escalate.summaryHint')}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={local.summary ?? fieldError(error, 'summary')}
      />
      <DateField label={t('forum.escalate.deadline')} value={deadline} onChange={setDeadline} error={fieldError(error, 'deadline')} fromDate={new Date()} />
    </FormModal>
  );
}
