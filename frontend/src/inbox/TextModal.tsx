import { useState } from 'react';
import { Textarea } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import type { Problem } from '../api/types';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

interface Props {
  heading: string;
  label: string;
  description?: string;
  /** The field the server names in its problem when the text is wrong. */
  field: string;
  maxLength: number;
  initial?: string;
  submitLabel: string;
  requiredText: string;
  onSave: (text: string) => Promise<void>;
  onClose: () => void;
}

/** A modal asking for one text: editing a reply, approving it with changes, or the comment when sending it back. */
export function TextModal({ heading, label, description, field, maxLength, initial = '', submitLabel, requiredText, onSave, onClose }: Props) {
  const [text, setText] = useState(initial);
  const { busy, error, setError, submit } = useSubmit();

  const save = submit(
    () => onSave(text.trim()),
    () => {
      if (text.trim()) return true;
      const problem: Problem = { status: 400, errors: [{ field, detail: requiredText }] };
      setError(new ApiError(400, problem));
      return false;
    },
  );

  return (
    <FormModal heading={heading} submitLabel={submitLabel} busy={busy} error={error} onClose={onClose} onSubmit={save}>
      <Textarea
        label={label}
        description={description}
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={maxLength}
        minRows={6}
        error={fieldError(error, field)}
      />
    </FormModal>
  );
}
