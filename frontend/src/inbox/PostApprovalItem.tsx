import { useState } from 'react';
import { Alert, BodyShort, Button, HStack, VStack } from '@navikt/ds-react';
import { channelsApi } from '../api/channels';
import type { ScheduledPost } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { TextModal } from './TextModal';

const COMMENT_MAX = 2000;

interface Props {
  post: ScheduledPost;
  onDecided: (text: string) => void;
}

/**
 * A scheduled post waiting for a second pair of eyes: where and when it is published, who wrote it, the text, and
 * the decision when it is not the reader's own. Only an approved post goes to the platform.
 */
export function PostApprovalItem({ post, onDecided }: Props) {
  const { t, language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const headingId = `post-${post.id}`;
  const author = post.author?.name ?? t('inbox.unknownAdvisor');

  async function approve() {
    setBusy(true);
    setError(null);
    try {
      await channelsApi.approvePost(post.id);
      onDecided(t('inbox.approvals.postApproved'));
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <VStack gap="space-12" className="samtale-inbox-card" data-attention={post.canApprove} aria-labelledby={headingId} as="article">
      <BodyShort size="small" className="samtale-meta" id={headingId}>
        {t('inbox.approvals.postMeta', {
          platform: t(`platform.${post.platform}`),
          account: post.accountName,
          publishAt: formatDateTime(post.publishAt, language),
          name: author,
        })}
      </BodyShort>
      <BodyShort as="p" className="samtale-text">
        {post.message}
      </BodyShort>
      {post.canApprove ? (
        <HStack gap="space-8" wrap role="group" aria-label={t('inbox.approvals.postDecision', { name: author })}>
          <Button size="small" loading={busy} onClick={() => void approve()}>
            {t('inbox.decision.approve')}
          </Button>
          <Button size="small" variant="secondary" data-color="danger" onClick={() => setRejecting(true)}>
            {t('inbox.decision.reject')}
          </Button>
        </HStack>
      ) : (
        <BodyShort size="small">{t('inbox.approvals.ownPost')}</BodyShort>
      )}
      {error && (
        <Alert variant="error" size="small" role="alert">
          {error}
        </Alert>
      )}
      {rejecting && (
        <TextModal
          heading={t('inbox.approvals.postRejectHeading')}
          label={t('inbox.approvals.postComment')}
          description={t('inbox.decision.commentHint')}
          field="comment"
          maxLength={COMMENT_MAX}
          submitLabel={t('inbox.decision.reject')}
          requiredText={t('inbox.decision.commentRequired')}
          onSave={async (comment) => {
            await channelsApi.rejectPost(post.id, comment);
            setRejecting(false);
            onDecided(t('inbox.approvals.postRejected'));
          }}
          onClose={() => setRejecting(false)}
        />
      )}
    </VStack>
  );
}
