import { useState } from 'react';
import { Radio, RadioGroup, TextField } from '@navikt/ds-react';
import { privacyApi } from '../api/privacy';
import type { RetentionAction, RetentionPolicy } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

interface Props {
  policy: RetentionPolicy;
  onSaved: (policy: RetentionPolicy) => void;
  onClose: () => void;
}

/** Changes one retention rule: kept for good, or removed a number of months after the last activity. */
export function RetentionModal({ policy, onSaved, onClose }: Props) {
  const t = useT();
  const [kept, setKept] = useState(policy.months === null);
  const [months, setMonths] = useState(policy.months === null ? '' : String(policy.months));
  const [action, setAction] = useState<RetentionAction>(policy.action);
  const [monthsProblem, setMonthsProblem] = useState<string | undefined>();
  const { busy, error, submit } = useSubmit();
  const name = t(`privacy.category.${policy.category}`);

  // An empty or mistyped number must never reach the server as null, which means «keep for good».
  function valid() {
    const ok = kept || /^\d+$/.test(months.trim());
    setMonthsProblem(ok ? undefined : t('privacy.retention.monthsInvalid'));
    return ok;
  }

  const save = submit(async () => {
    onSaved(await privacyApi.changeRetention(policy.category, kept ? null : Number(months.trim()), action));
  }, valid);

  return (
    <FormModal heading={t('privacy.retention.editHeading', { name })} submitLabel={t('common.save')} busy={busy} error={error} onClose={onClose} onSubmit={save}>
      <RadioGroup legend={t('privacy.retention.howLong')} value={kept ? 'kept' : 'timed'} onChange={(v: string) => setKept(v === 'kept')}>
        <Radio value="kept">{t('privacy.retention.keepForGood')}</Radio>
        <Radio value="timed">{t('privacy.retention.removeAfter')}</Radio>
      </RadioGroup>
      {!kept && (
        <>
          <TextField
            label={t('privacy.retention.monthsLabel')}
            description={t('privacy.retention.monthsHelp')}
            inputMode="numeric"
            htmlSize={6}
            value={months}
            onChange={(e) => setMonths(e.target.value)}
            error={monthsProblem ?? fieldError(error, 'months')}
          />
          <RadioGroup legend={t('privacy.retention.then')} value={action} onChange={(v: RetentionAction) => setAction(v)} error={fieldError(error, 'action')}>
            <Radio value="DELETE" description={t('privacy.retention.deleteHelp')}>
              {t('privacy.retentionAction.DELETE')}
            </Radio>
            <Radio value="ANONYMISE" description={t('privacy.retention.anonymiseHelp')}>
              {t('privacy.retentionAction.ANONYMISE')}
            </Radio>
          </RadioGroup>
        </>
      )}
    </FormModal>
  );
}
