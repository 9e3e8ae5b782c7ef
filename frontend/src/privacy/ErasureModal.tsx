import { useState } from 'react';
import { BodyLong, Textarea } from '@navikt/ds-react';
import { privacyApi } from '../api/privacy';
import type { Erasure, SubjectQuery } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { describeSubject } from './subjectText';

interface Props {
  /** The person as they were searched for; the erasure covers exactly what that search found. */
  subject: SubjectQuery;
  onRequested: (erasure: Erasure) => void;
  onClose: () => void;
}

/** Asks for a person's data to be erased; another privacy officer or admin must approve it. */
export function ErasureModal({ subject, onRequested, onClose }: Props) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const { busy, error, submit } = useSubmit();

  function valid() {
    const problem = reason.trim() ? undefined : t('privacy.erasure.reasonRequired');
    setMissing(problem);
    return problem === undefined;
  }

  const send = submit(async () => {
    const { platform, externalId, name } = subject;
    onRequested(await privacyApi.requestErasure({ platform, externalId, name, reason: reason.trim() }));
  }, valid);

  return (
    <FormModal heading={t('privacy.erasure.heading')} submitLabel={t('privacy.erasure.submit')} busy={busy} error={error} onClose={onClose} onSubmit={send}>
      <BodyLong>{t('privacy.erasure.intro', { who: describeSubject(subject, t) })}</BodyLong>
      <Textarea
        id="erasure-reason"
        label={t('privacy.erasure.reason')}
        description={t('privacy.erasure.reasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={missing ?? fieldError(error, 'reason') ?? fieldError(error, 'externalId') ?? fieldError(error, 'name')}
        maxLength={1000}
        minRows={3}
      />
    </FormModal>
  );
}
