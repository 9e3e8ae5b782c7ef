import { useCallback, useState } from 'react';
import { BodyShort, Button, Textarea, VStack } from '@navikt/ds-react';
import { publishingApi, type PostMedia } from '../api/publishing';
import type { PublishingPost } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { useSubmit } from '../common/useSubmit';
import { PostVideoSummary } from './PostVideoSummary';

/**
 * What the partner approves besides the text: the image as it will be shown, with its alt text, the video to watch,
 * and the links.
 */
function Media({ post }: { post: PublishingPost & PostMedia }) {
  const { t } = useLanguage();
  return (
    <>
      {post.image && (
        <figure className="publishing-figure">
          <img src={post.image.url} alt={post.image.altText} className="publishing-image__preview" />
          <figcaption className="samtale-meta">{t('publishing.image.altShown', { alt: post.image.altText })}</figcaption>
        </figure>
      )}
      {post.video && <PostVideoSummary video={post.video} />}
      {post.link && <BodyShort size="small">{post.link}</BodyShort>}
      {post.videoLink && <BodyShort size="small">{t('publishing.approval.video', { link: post.videoLink })}</BodyShort>}
    </>
  );
}

/** One post waiting for a partner: approve it, or send it back with a comment. */
function Waiting({ post, changed }: { post: PublishingPost; changed: (message: string) => Promise<void> }) {
  const { t, language } = useLanguage();
  const [comment, setComment] = useState('');
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const approve = submit(async () => {
    await publishingApi.approve(post.id);
    await changed(t('publishing.approval.approved'));
  });
  const reject = submit(async () => {
    await publishingApi.reject(post.id, comment.trim());
    await changed(t('publishing.approval.rejected'));
  });
  return (
    <li className="publishing-card">
      <VStack gap="space-8">
        <BodyShort weight="semibold">
          {post.accountName} ({t(`platform.${post.platform}`)}), {formatDateTime(post.publishAt, language)}
        </BodyShort>
        <BodyShort className="samtale-text">{post.text}</BodyShort>
        <Media post={post} />
        <BodyShort size="small" className="samtale-meta">
          {t('publishing.approval.writtenBy', { name: post.author?.name ?? t('common.none') })}
          {post.held ? ` ${t('publishing.approval.held')}` : ''}
        </BodyShort>
        {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
        {post.canApprove ? (
          <VStack gap="space-8">
            <form onSubmit={approve}>
              <Button type="submit" size="small" loading={busy}>
                {t('publishing.approval.approve')}
              </Button>
            </form>
            <form onSubmit={reject} noValidate>
              <VStack gap="space-8">
              <Textarea
                label={t('publishing.approval.comment')}
                size="small"
                value={comment}
                onChange={(e) => setComment(e.target.value)}
                error={fieldError(error, 'comment')}
              />
              <div>
                <Button type="submit" size="small" variant="secondary" loading={busy}>
                  {t('publishing.approval.reject')}
                </Button>
              </div>
              </VStack>
            </form>
          </VStack>
        ) : (
          <BodyShort size="small">{t('publishing.approval.notYours')}</BodyShort>
        )}
      </VStack>
    </li>
  );
}

/** The posts that wait for a second pair of eyes in the editor's teams. */
export function ApprovalSection({ onChanged }: { onChanged: () => void }) {
  const { t } = useLanguage();
  const waiting = useLoad(useCallback(() => publishingApi.awaiting(), []));
  const [status, setStatus] = useState<string | null>(null);
  const changed = async (message: string) => {
    setStatus(message);
    await waiting.reload();
    onChanged();
  };
  return (
    <Section heading={t('publishing.approval.heading')}>
      <StatusMessage text={status} />
      {waiting.data === null ? (
        <LoadProblem error={waiting.error} />
      ) : waiting.data.length === 0 ? (
        <BodyShort>{t('publishing.approval.empty')}</BodyShort>
      ) : (
        <ul className="publishing-cards">
          {waiting.data.map((post) => (
            <Waiting key={post.id} post={post} changed={changed} />
          ))}
        </ul>
      )}
    </Section>
  );
}
