import { useCallback } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { BodyShort, Link, Tag, VStack } from '@navikt/ds-react';
import { publishingApi, type PostMedia } from '../api/publishing';
import type { PublishingPost } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { useLoad } from '../common/useLoad';
import { PostCommentsSection } from './PostCommentsSection';
import './publishing.css';
import { PostVideoSummary } from './PostVideoSummary';

/**
 * /publisering/innlegg/{id}: one post as it stands (account, time, status, text, image, links), and once the
 * platform has it, its public comments to read (an advisor is also led to answer them in the inbox, which links back
 * here).
 */
export function PostPage() {
  const { t, language } = useLanguage();
  const id = Number(useParams().id);
  const post = useLoad(useCallback(() => publishingApi.post(id) as Promise<PublishingPost & PostMedia>, [id]));
  const p = post.data;
  return (
    <VStack gap="space-24">
      <PageHeading>{t('publishing.post.title', { id })}</PageHeading>
      <Link as={RouterLink} to="/publisering">
        {t('publishing.campaigns.back')}
      </Link>
      {p === null ? (
        <LoadProblem error={post.error} />
      ) : (
        <>
          <Section heading={t('publishing.post.about')}>
            <dl className="samtale-meeting-figures">
              <dt>{t('publishing.post.account')}</dt>
              <dd>
                {p.accountName} ({t(`platform.${p.platform}`)})
              </dd>
              <dt>{t('publishing.post.publishAt')}</dt>
              <dd>{formatDateTime(p.publishAt, language)}</dd>
              <dt>{t('publishing.post.status')}</dt>
              <dd>
                <Tag size="small" variant={p.status === 'PUBLISHED' ? 'success' : p.status === 'FAILED' ? 'error' : 'neutral'}>
                  {t(`publishing.status.${p.status}`)}
                </Tag>
              </dd>
              {p.author && (
                <>
                  <dt>{t('publishing.post.author')}</dt>
                  <dd>{p.author.name}</dd>
                </>
              )}
              {p.approver && (
                <>
                  <dt>{t('publishing.post.approver')}</dt>
                  <dd>{p.approver.name}</dd>
                </>
              )}
              {p.externalId && (
                <>
                  <dt>{t('publishing.post.externalId')}</dt>
                  <dd className="samtale-text">{p.externalId}</dd>
                </>
              )}
            </dl>
          </Section>
          <Section heading={t('publishing.post.text')}>
            <BodyShort className="samtale-text">{p.text}</BodyShort>
            {p.image && <img src={p.image.url} alt={p.image.altText} className="publishing-post__image" />}
            {p.video && <PostVideoSummary video={p.video} />}
            {p.link && (
              <BodyShort>
                {t('publishing.post.link')}: <span className="samtale-text">{p.link}</span>
              </BodyShort>
            )}
            {p.videoLink && (
              <BodyShort>
                {t('publishing.post.videoLink')}: <span className="samtale-text">{p.videoLink}</span>
              </BodyShort>
            )}
          </Section>
          {p.comments === null || p.comments === undefined ? (
            <Section heading={t('publishing.comments.heading')}>
              <BodyShort>{t('publishing.comments.notYet')}</BodyShort>
            </Section>
          ) : (
            <PostCommentsSection postId={p.id} />
          )}
        </>
      )}
    </VStack>
  );
}
