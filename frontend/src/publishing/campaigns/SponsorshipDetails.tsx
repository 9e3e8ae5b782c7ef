import { useState } from 'react';
import { BodyShort, Button, HStack, Tag, Textarea, TextField, VStack } from '@navikt/ds-react';
import { campaignsApi } from '../../api/campaigns';
import type { Sponsorship } from '../../api/types';
import { useLanguage } from '../../i18n/i18n';
import { fieldError, formLevelError } from '../../common/forms';
import { useSubmit } from '../../common/useSubmit';

/**
 * A sponsored post's promotion: budget, audience and period, its approval (a partner approves or sends back), and,
 * once approved, the spend and results entered by hand from the platform's ad report.
 */
export function SponsorshipDetails({ sponsorship: s, onChanged }: { sponsorship: Sponsorship; onChanged: (message: string) => void }) {
  const { t, language } = useLanguage();
  const kroner = (n: number) => n.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO');
  const [comment, setComment] = useState('');
  const [spend, setSpend] = useState(s.spendNok === null || s.spendNok === undefined ? '' : String(s.spendNok));
  const [reach, setReach] = useState(s.reach === null || s.reach === undefined ? '' : String(s.reach));
  const [clicks, setClicks] = useState(s.clicks === null || s.clicks === undefined ? '' : String(s.clicks));
  const [results, setResults] = useState(s.results ?? '');
  const deciding = useSubmit();
  const entering = useSubmit({ resetBusyOnSuccess: true });
  const number = (v: string) => (v.trim() ? Number(v) : null);
  const approve = async () => {
    try {
      await campaignsApi.approve(s.postId);
      onChanged(t('publishing.sponsored.approved'));
    } catch (e) {
      deciding.setError(e);
    }
  };
  const reject = deciding.submit(async () => {
    await campaignsApi.reject(s.postId, comment.trim());
    onChanged(t('publishing.sponsored.rejected'));
  });
  const enter = entering.submit(async () => {
    await campaignsApi.results(s.postId, { spendNok: number(spend), reach: number(reach), clicks: number(clicks), results: results.trim() });
    onChanged(t('publishing.sponsored.resultsSaved'));
  });
  return (
    <VStack gap="space-8">
      <HStack gap="space-8" align="center" wrap>
        <Tag variant="info" size="small">
          {t('publishing.sponsored.tag')}
        </Tag>
        <Tag variant={s.status === 'APPROVED' ? 'success' : s.status === 'REJECTED' ? 'error' : 'warning'} size="small">
          {t(`publishing.sponsored.status.${s.status}`)}
        </Tag>
      </HStack>
      <BodyShort>
        {t('publishing.sponsored.summary', { budget: kroner(s.budgetNok), from: s.startsOn, to: s.endsOn })}
      </BodyShort>
      <BodyShort>
        {t('publishing.sponsored.audience')}: <span className="samtale-text">{s.audience}</span>
      </BodyShort>
      {s.rejectionComment && (
        <BodyShort>
          {t('publishing.sponsored.comment')}: <span className="samtale-text">{s.rejectionComment}</span>
        </BodyShort>
      )}
      {formLevelError(deciding.error, t) && <BodyShort role="alert">{formLevelError(deciding.error, t)}</BodyShort>}
      {s.canApprove && (
        <form onSubmit={reject} noValidate>
          <VStack gap="space-8">
            <Textarea label={t('publishing.sponsored.rejectComment')} value={comment} onChange={(e) => setComment(e.target.value)} error={fieldError(deciding.error, 'comment', t('publishing.sponsored.rejectComment'))} />
            <HStack gap="space-8" wrap>
              <Button type="button" size="small" onClick={() => void approve()}>
                {t('publishing.sponsored.approve')}
              </Button>
              <Button type="submit" size="small" variant="secondary" loading={deciding.busy}>
                {t('publishing.sponsored.reject')}
              </Button>
            </HStack>
          </VStack>
        </form>
      )}
      {s.status === 'APPROVED' && (
        <form onSubmit={enter} noValidate>
          <VStack gap="space-8" className="samtale-campaign-form">
            {formLevelError(entering.error, t) && <BodyShort role="alert">{formLevelError(entering.error, t)}</BodyShort>}
            <TextField label={t('publishing.sponsored.spend')} inputMode="numeric" value={spend} onChange={(e) => setSpend(e.target.value)} error={fieldError(entering.error, 'spendNok', t('publishing.sponsored.spend'))} />
            <TextField label={t('publishing.sponsored.reach')} inputMode="numeric" value={reach} onChange={(e) => setReach(e.target.value)} error={fieldError(entering.error, 'reach', t('publishing.sponsored.reach'))} />
            <TextField label={t('publishing.sponsored.clicks')} inputMode="numeric" value={clicks} onChange={(e) => setClicks(e.target.value)} error={fieldError(entering.error, 'clicks', t('publishing.sponsored.clicks'))} />
            <Textarea label={t('publishing.sponsored.results')} value={results} onChange={(e) => setResults(e.target.value)} error={fieldError(entering.error, 'results', t('publishing.sponsored.results'))} />
            <div>
              <Button type="submit" size="small" variant="secondary" loading={entering.busy}>
                {t('publishing.sponsored.saveResults')}
              </Button>
            </div>
          </VStack>
        </form>
      )}
    </VStack>
  );
}
