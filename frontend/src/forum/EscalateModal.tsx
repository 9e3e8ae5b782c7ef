import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, DatePicker, Modal, Select, Textarea, VStack, useDatepicker } from '@navikt/ds-react';
import { api } from '../api/client';
import type { Escalation, Unit } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../shell/forms';
import { isoDate } from './format';

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
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { datepickerProps, inputProps } = useDatepicker({
    fromDate: new Date(),
    onDateChange: (date) => setDeadline(date ? isoDate(date) : ''),
  });

  useEffect(() => {
    api.units().then(
      (units) => setDepartments(units.filter((u) => u.kind === 'DEPARTMENT')),
      (e: unknown) => setError(e),
    );
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = {
      departmentId: departmentId ? undefined : t('forum.escalate.departmentRequired'),
      summary: summary.trim() ? undefined : t('common.required'),
    };
    setLocal(problems);
    if (problems.departmentId || problems.summary) return;
    setBusy(true);
    setError(null);
    try {
      onEscalated(await api.escalate(discussionId, { departmentId: Number(departmentId), summary: summary.trim(), deadline: deadline || null }));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const general = formLevelError(error, t);
  return (
    <Modal open onClose={onClose} header={{ heading: t('forum.escalate.heading') }} width="medium">
      <form onSubmit={submit} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            {general && (
              <Alert variant="error" role="alert">
                {general}
              </Alert>
            )}
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
            <DatePicker {...datepickerProps}>
              <DatePicker.Input {...inputProps} label={t('forum.escalate.deadline')} error={fieldError(error, 'deadline')} />
            </DatePicker>
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={busy}>
            {t('forum.escalate.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
