import { useState } from 'react';
import { BodyShort, Button, TextField, VStack } from '@navikt/ds-react';
import { campaignsApi } from '../../api/campaigns';
import type { PublishingPost, Sponsorship } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { fieldError, formLevelError } from '../../common/forms';
import { DateField } from '../../common/DateField';
import { useSubmit } from '../../common/useSubmit';

/**
 * Marks a post sponsored, or changes its promotion: budget in kroner, audience, goal and period. Saving asks a second
 * editor to approve the budget, also after a change.
 */
export function SponsorshipForm({ post, current, onSaved }: { post: PublishingPost; current?: Sponsorship; onSaved: () => void }) {
  const t = useT();
  const [budget, setBudget] = useState(current ? String(current.budgetNok) : '');
  const [audience, setAudience] = useState(current?.audience ?? '');
  const [goal, setGoal] = useState(current?.goal ?? '');
  const [startsOn, setStartsOn] = useState(current?.startsOn ?? post.publishAt.slice(0, 10));
  const [endsOn, setEndsOn] = useState(current?.endsOn ?? '');
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const save = submit(async () => {
    await campaignsApi.sponsor(post.id, {
      budgetNok: budget.trim() ? Number(budget) : null,
      audience: audience.trim(),
      goal: goal.trim(),
      startsOn: startsOn || null,
      endsOn: endsOn || null,
    });
    onSaved();
  });
  return (
    <form onSubmit={save} noValidate>
      <VStack gap="space-8" className="samtale-campaign-form">
        {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
        <TextField label={t('publishing.sponsored.budget')} inputMode="numeric" value={budget} onChange={(e) => setBudget(e.target.value)} error={fieldError(error, 'budgetNok', t('publishing.sponsored.budget'))} />
        <TextField label={t('publishing.sponsored.audience')} value={audience} onChange={(e) => setAudience(e.target.value)} error={fieldError(error, 'audience', t('publishing.sponsored.audience'))} />
        <TextField label={t('publishing.sponsored.goal')} value={goal} onChange={(e) => setGoal(e.target.value)} error={fieldError(error, 'goal', t('publishing.sponsored.goal'))} />
        <DateField label={t('publishing.sponsored.startsOn')} value={startsOn} onChange={setStartsOn} error={fieldError(error, 'startsOn', t('publishing.sponsored.startsOn'))} />
        <DateField label={t('publishing.sponsored.endsOn')} value={endsOn} onChange={setEndsOn} error={fieldError(error, 'endsOn', t('publishing.sponsored.endsOn'))} />
        <div>
          <Button type="submit" size="small" loading={busy}>
            {t('publishing.sponsored.ask')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
