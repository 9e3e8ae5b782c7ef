import { useCallback, useState } from 'react';
import { BodyShort, Button, Tag, VStack } from '@navikt/ds-react';
import { campaignsApi } from '../../api/campaigns';
import type { Sponsorship } from '../../api/types';
import { formatDateTime, useLanguage } from '../../i18n/i18n';
import { LoadProblem } from '../../common/LoadProblem';
import { useLoad } from '../../common/useLoad';
import { SponsorshipForm } from './SponsorshipForm';

/** A campaign's posts; a post not yet sponsored can be marked so here (its budget then waits for a partner). */
export function CampaignPosts({ campaignId, sponsored, onChanged }: { campaignId: number; sponsored: Sponsorship[]; onChanged: (m: string) => void }) {
  const { t, language } = useLanguage();
  const posts = useLoad(useCallback(() => campaignsApi.posts(campaignId), [campaignId]));
  const [open, setOpen] = useState<number | null>(null);
  if (posts.data === null) return <LoadProblem error={posts.error} />;
  if (posts.data.length === 0) return <BodyShort>{t('publishing.campaigns.noPosts')}</BodyShort>;
  return (
    <ul className="samtale-campaign-list">
      {posts.data.map((p) => {
        const promotion = sponsored.find((s) => s.postId === p.id);
        return (
          <li key={p.id}>
            <VStack gap="space-8">
              <BodyShort>
                {formatDateTime(p.publishAt, language)}, {p.accountName} ({t(`publishing.status.${p.status}`)}): <span className="samtale-text">{p.text}</span>{' '}
                {promotion && (
                  <Tag variant="info" size="xsmall">
                    {t('publishing.sponsored.tagWithBudget', { budget: promotion.budgetNok.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO') })}
                  </Tag>
                )}
              </BodyShort>
              {!promotion && open !== p.id && (
                <div>
                  <Button type="button" size="small" variant="secondary" onClick={() => setOpen(p.id)}>
                    {t('publishing.sponsored.mark')}
                  </Button>
                </div>
              )}
              {!promotion && open === p.id && (
                <SponsorshipForm
                  post={p}
                  onSaved={() => {
                    setOpen(null);
                    onChanged(t('publishing.sponsored.asked'));
                  }}
                />
              )}
            </VStack>
          </li>
        );
      })}
    </ul>
  );
}
