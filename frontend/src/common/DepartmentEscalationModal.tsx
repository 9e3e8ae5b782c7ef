import { useEffect, useState } from 'react';
import { Select, Textarea } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import type { Unit } from '../api/types';
import type { MessageKey } from '../i18n/nb';
import { useT } from '../i18n/i18n';
import { DateField } from './DateField';
import { FormModal } from './FormModal';
import { fieldError } from './forms';
import { useSubmit } from './useSubmit';

/** What the person filled in: the department, the text it reads first, and the deadline if any. */
export interface DepartmentEscalation {
  departmentId: number;
  text: string;
  deadline: string | null;
}

/** The dialog's words: the forum lifts a discussion with a summary, the idea box an idea with a reason. */
export interface DepartmentEscalationTexts {
  heading: MessageKey;
  submit: MessageKey;
  department: MessageKey;
  chooseDepartment: MessageKey;
  departmentRequired: MessageKey;
  text: MessageKey;
  textHelp: MessageKey;
  textRequired: MessageKey;
  deadline: MessageKey;
}

interface Props {
  texts: DepartmentEscalationTexts;
  /** The request's fields the server may name for the text, first the one the caller sends it in. */
  textFields: string[];
  send: (escalation: DepartmentEscalation) => Promise<void>;
  onClose: () => void;
}

/**
 * Lifts something to a directorate department (a forum escalation): the department, the text it reads first and an
 * optional deadline, with the errors at their fields.
 */
export function DepartmentEscalationModal({ texts, textFields, send, onClose }: Props) {
  const t = useT();
  const [departments, setDepartments] = useState<Unit[]>([]);
  const [departmentId, setDepartmentId] = useState('');
  const [text, setText] = useState('');
  const [deadline, setDeadline] = useState('');
  const [local, setLocal] = useState<{ departmentId?: string; text?: string }>({});
  const { busy, error, setError, submit } = useSubmit();

  useEffect(() => {
    identityApi.units().then(
      (units) => setDepartments(units.filter((u) => u.kind === 'DEPARTMENT')),
      (e: unknown) => setError(e),
    );
  }, [setError]);

  function validate() {
    const problems = {
      departmentId: departmentId ? undefined : t(texts.departmentRequired),
      text: text.trim() ? undefined : t(texts.textRequired),
    };
    setLocal(problems);
    return !(problems.departmentId || problems.text);
  }

  const escalate = submit(() => send({ departmentId: Number(departmentId), text: text.trim(), deadline: deadline || null }), validate);
  const textError = textFields.map((field) => fieldError(error, field)).find((message) => message !== undefined);

  return (
    <FormModal heading={t(texts.heading)} submitLabel={t(texts.submit)} busy={busy} error={error} onClose={onClose} onSubmit={escalate}>
      <Select
        label={t(texts.department)}
        value={departmentId}
        onChange={(e) => setDepartmentId(e.target.value)}
        error={local.departmentId ?? fieldError(error, 'departmentId')}
      >
        <option value="">{t(texts.chooseDepartment)}</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </Select>
      <Textarea
        label={t(texts.text)}
        description={t(texts.textHelp)}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={local.text ?? textError}
      />
      <DateField label={t(texts.deadline)} value={deadline} onChange={setDeadline} error={fieldError(error, 'deadline')} fromDate={new Date()} />
    </FormModal>
  );
}
