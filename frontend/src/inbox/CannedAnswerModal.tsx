import { useState } from 'react';
import { Textarea, TextField } from '@navikt/ds-react';
import { inboxApi } from '../api/inbox';
import type { CannedAnswer } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { REPLY_MAX } from './ReplyDecision';

interface Props {
  teamId: number;
  /** The answer to edit, or null for a new one. */
  answer: CannedAnswer | null;
  onSaved: (answer: CannedAnswer) => void;
  onClose: () => void;
  /** A new answer's starting text (a sent reply saved as a canned answer). */
  initial?: { title: string; body: string };
}

export function CannedAnswerModal({ teamId, answer, onSaved, onClose, initial }: Props) {
  const t = useT();
  const [title, setTitle] = useState(answer?.title ?? initial?.title ?? '');
  const [body, setBody] = useState(answer?.body ?? initial?.body ?? '');
  const { busy, error, submit } = useSubmit();

  const save = submit(async () => {
    const values = { title: title.trim(), body: body.trim() };
    onSaved(answer ? await inboxApi.updateCannedAnswer(answer.id, values) : await inboxApi.createCannedAnswer(teamId, values));
  });

  return (
    <FormModal
      heading={answer ? t('inbox.canned.editHeading', { title: answer.title }) : t('inbox.canned.new')}
      submitLabel={t('common.save')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={save}
    >
      <TextField label={t('inbox.canned.titleLabel')} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError(error, 'title')} />
      <Textarea
        label={t('inbox.canned.body')}
        description={t('inbox.canned.placeholders')}
        minRows={6}
        maxLength={REPLY_MAX}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={fieldError(error, 'body')}
      />
    </FormModal>
  );
}
