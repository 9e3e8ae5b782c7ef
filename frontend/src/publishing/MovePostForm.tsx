import { useState } from 'react';
import { BodyShort, Button, HStack, Select, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import type { PostMedia } from '../api/publishing';
import type { PublishingPost } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { DateField } from '../common/DateField';
import { fieldError, formLevelError } from '../common/forms';
import { StatusMessage } from '../common/StatusMessage';
import { useSubmit } from '../common/useSubmit';
import { moveToDay } from './platformRules';
import { movable as canMove, movePost } from './movePost';

/**
 * Moves a planned post to another day by keyboard: the post and the new date, the time of day kept. A post that was
 * approved goes back for approval, as any edit does.
 */
export function MovePostForm({ posts, onMoved }: { posts: (PublishingPost & PostMedia)[]; onMoved: () => void }) {
  const { t, language } = useLanguage();
  const movable = posts.filter(canMove);
  const [postId, setPostId] = useState('');
  const [date, setDate] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });
  const post = movable.find((p) => String(p.id) === postId);

  const move = submit(
    async () => {
      await movePost(post!, date);
      setStatus(t('publishing.move.moved'));
      onMoved();
    },
    () => {
      if (!post) {
        setError(new ApiError(400, { errors: [{ field: 'post', detail: t('publishing.move.choosePost') }] }));
        return false;
      }
      if (moveToDay(post.publishAt, date)) return true;
      setError(new ApiError(400, { errors: [{ field: 'publishAt', detail: t('publishing.move.badDate') }] }));
      return false;
    },
  );

  if (movable.length === 0) return null;
  return (
    <form onSubmit={move} noValidate>
      <VStack gap="space-16">
        <StatusMessage text={status} />
        {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
        <HStack gap="space-16" align="end" wrap>
          <Select label={t('publishing.move.post')} value={postId} onChange={(e) => setPostId(e.target.value)} error={fieldError(error, 'post')}>
            <option value="">{t('publishing.move.choosePost')}</option>
            {movable.map((p) => (
              <option key={p.id} value={p.id}>
                {formatDateTime(p.publishAt, language)}, {p.accountName}: {p.text.slice(0, 40)}
              </option>
            ))}
          </Select>
          <DateField label={t('publishing.move.date')} value={date} onChange={setDate} error={fieldError(error, 'publishAt')} fromDate={new Date()} />
          <Button type="submit" variant="secondary" loading={busy}>
            {t('publishing.move.submit')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
