import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { campaignsApi } from '../../api/campaigns';
import type { PublishingCampaign, Sponsorship } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { LoadProblem } from '../../common/LoadProblem';
import { PageHeading } from '../../common/PageHeading';
import { Section } from '../../common/Section';
import { StatusMessage } from '../../common/StatusMessage';
import { useLoad } from '../../common/useLoad';
import { CampaignForm } from './CampaignForm';
import { CampaignPosts } from './CampaignPosts';
import { SponsorshipDetails } from './SponsorshipDetails';
import { SponsorshipResultsUpload } from './SponsorshipResultsUpload';
import '../publishing.css';

/**
 * /publisering/kampanjer: the teams' campaigns with their posts, a form for a new one, and the sponsored posts with
 * their budgets (approved by a partner) and the spend and results entered afterwards.
 */
export function CampaignsPage() {
  const t = useT();
  const [status, setStatus] = useState('');
  const campaigns = useLoad(useCallback(() => campaignsApi.list(), []));
  const sponsorships = useLoad(useCallback(() => campaignsApi.sponsorships(), []));
  const changed = (message: string) => {
    setStatus(message);
    void campaigns.reload();
    void sponsorships.reload();
  };
  const sponsored = sponsorships.data ?? [];
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t('publishing.campaigns.title')}</PageHeading>
        <BodyShort>{t('publishing.campaigns.intro')}</BodyShort>
        <Link as={RouterLink} to="/publisering">
          {t('publishing.campaigns.back')}
        </Link>
      </VStack>
      <StatusMessage text={status} />
      <Section heading={t('publishing.campaigns.list')}>
        {campaigns.data === null ? (
          <LoadProblem error={campaigns.error} />
        ) : campaigns.data.length === 0 ? (
          <BodyShort>{t('publishing.campaigns.none')}</BodyShort>
        ) : (
          campaigns.data.map((c) => <CampaignItem key={c.id} campaign={c} sponsored={sponsored} onChanged={changed} />)
        )}
      </Section>
      <Section heading={t('publishing.sponsored.title')}>
        <BodyShort>{t('publishing.sponsored.intro')}</BodyShort>
        {sponsorships.data === null ? (
          <LoadProblem error={sponsorships.error} />
        ) : sponsored.length === 0 ? (
          <BodyShort>{t('publishing.campaigns.none')}</BodyShort>
        ) : (
          <ul className="samtale-campaign-list">
            {sponsored.map((s) => (
              <li key={s.postId}>
                <VStack gap="space-8">
                  <BodyShort weight="semibold">
                    {s.accountName}: <span className="samtale-text">{s.postText}</span>
                  </BodyShort>
                  <BodyShort size="small">{t('publishing.sponsored.postNumber', { id: s.postId })}</BodyShort>
                  <SponsorshipDetails sponsorship={s} onChanged={changed} />
                </VStack>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section heading={t('publishing.sponsored.csv.heading')}>
        <SponsorshipResultsUpload onImported={changed} />
      </Section>
      <Section heading={t('publishing.campaigns.new')}>
        <CampaignForm onSaved={(title) => changed(t('publishing.campaigns.created', { title }))} />
      </Section>
    </VStack>
  );
}

function CampaignItem({ campaign: c, sponsored, onChanged }: { campaign: PublishingCampaign; sponsored: Sponsorship[]; onChanged: (m: string) => void }) {
  const t = useT();
  return (
    <article className="samtale-campaign" aria-labelledby={`campaign-${c.id}`}>
      <VStack gap="space-8">
        <Heading level="3" size="small" id={`campaign-${c.id}`}>
          {c.title}
        </Heading>
        <BodyShort>{t('publishing.campaigns.period', { from: c.startsOn, to: c.endsOn })}</BodyShort>
        {c.goal && (
          <BodyShort>
            {t('publishing.campaigns.goal')}: <span className="samtale-text">{c.goal}</span>
          </BodyShort>
        )}
        {c.description && <BodyShort className="samtale-text">{c.description}</BodyShort>}
        <CampaignPosts campaignId={c.id} sponsored={sponsored} onChanged={onChanged} />
      </VStack>
    </article>
  );
}
