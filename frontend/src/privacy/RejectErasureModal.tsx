import { useState } from 'react';
import { Textarea } from '@navikt/ds-react';
import { privacyApi } from '../api/privacy';
import type { Erasure } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

interface Props {
  erasure: Erasure;
  who: string;
  onRejected: (erasure: Erasure) => void;
  onClose: () => void;
}

/** Turns an erasure request down, saying why: the requester and the audit trail read the comment. */
export function RejectErasureModal({ erasure, who, onRejected, onClose }: Props) {
  const t = useT();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const { busy, error, submit } = useSubmit();

  function valid() {
    const problem = comment.trim() ? undefined : t('privacy.erasure.commentRequired');
    setMissing(problem);
    return problem === undefined;
  }

  const send = submit(async () => {
    onRejected(await privacyApi.rejectErasure(erasure.id, comment.trim()));
  }, valid);

  return (
    <FormModal heading={t('privacy.erasure.rejectHeading', { who })} submitLabel={t('privacy.erasure.reject')} busy={busy} error={error} onClose={onClose} onSubmit={send}>
      <Textarea
        label={t('privacy.erasure.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={missing ?? fieldError(error, 'comment')}
        maxLength={1000}
        minRows={3}
      />
    </FormModal>
  );
}
