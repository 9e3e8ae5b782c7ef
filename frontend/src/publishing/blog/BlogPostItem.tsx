import { useState } from 'react';
import { BodyShort, Button, Heading, HStack, Link, Tag, Textarea, VStack } from '@navikt/ds-react';
import { blogApi } from '../../api/blog';
import type { Account, BlogPost } from '../../api/types';
import { formatDateTime, useLanguage } from '../../i18n/i18n';
import { fieldError, formLevelError } from '../../common/forms';
import { useSubmit } from '../../common/useSubmit';
import { BlogShareForm } from './BlogShareForm';

const TAG_VARIANT = {
  DRAFT: 'neutral',
  AWAITING_APPROVAL: 'warning',
  REJECTED: 'error',
  PUBLISHED: 'success',
  WITHDRAWN: 'neutral',
} as const;

type Status = keyof typeof TAG_VARIANT;

interface Props {
  post: BlogPost;
  accounts: Account[];
  onEdit: (post: BlogPost) => void;
  onChanged: (message: string) => void;
}

/** One blog post in the editors' list, with what may be done to it now. */
export function BlogPostItem({ post, accounts, onEdit, onChanged }: Props) {
  const { t, language } = useLanguage();
  const [comment, setComment] = useState('');
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const status = post.status as Status;
  const act = (action: () => Promise<unknown>, message: string) =>
    submit(async () => {
      await action();
      onChanged(message);
    });
  const headingId = `blog-post-${post.id}`;
  return (
    <li className="publishing-card" aria-labelledby={headingId}>
      <VStack gap="space-8">
        <HStack gap="space-8" align="center" wrap>
          <Heading level="3" size="small" id={headingId}>
            {post.title}
          </Heading>
          <Tag size="small" variant={TAG_VARIANT[status] ?? 'neutral'}>
            {t(`blog.status.${status}`)}
          </Tag>
        </HStack>
        <BodyShort size="small" className="samtale-meta">
          {t('blog.list.byline', { expert: post.expertName, author: post.author.name })}
          {post.publishedAt ? ` · ${t('blog.list.published', { when: formatDateTime(post.publishedAt, language) })}` : ''}
        </BodyShort>
        <BodyShort className="samtale-text">{post.summary}</BodyShort>
        {post.rejectionComment && status === 'REJECTED' && (
          <BodyShort>{t('blog.list.rejected', { comment: post.rejectionComment })}</BodyShort>
        )}
        {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
        {post.isPublic && (
          <Link href={post.path}>{t('blog.list.open', { title: post.title })}</Link>
        )}
        <HStack gap="space-8" wrap>
          {(status === 'DRAFT' || status === 'REJECTED' || status === 'AWAITING_APPROVAL') && (
            <Button size="small" variant="secondary" type="button" onClick={() => onEdit(post)}>
              {t('blog.list.edit')}
            </Button>
          )}
          {(status === 'DRAFT' || status === 'REJECTED') && (
            <form onSubmit={act(() => blogApi.submit(post.id), t('blog.editor.sent'))}>
              <Button size="small" type="submit" loading={busy}>
                {t('blog.editor.send')}
              </Button>
            </form>
          )}
          {post.mayApprove && (
            <form onSubmit={act(() => blogApi.approve(post.id), t('blog.list.approved'))}>
              <Button size="small" type="submit" loading={busy}>
                {t('blog.list.approve')}
              </Button>
            </form>
          )}
          {status !== 'WITHDRAWN' && status !== 'DRAFT' && status !== 'REJECTED' && (
            <form onSubmit={act(() => blogApi.withdraw(post.id), t('blog.list.withdrawn'))}>
              <Button size="small" variant="tertiary" type="submit" loading={busy}>
                {t('blog.list.withdraw')}
              </Button>
            </form>
          )}
        </HStack>
        {post.mayApprove && (
          <form onSubmit={act(() => blogApi.reject(post.id, comment.trim()), t('blog.list.sentBack'))} noValidate>
            <VStack gap="space-8">
              <Textarea size="small" label={t('blog.list.rejectComment')} value={comment} onChange={(e) => setComment(e.target.value)} error={fieldError(error, 'comment')} />
              <div>
                <Button size="small" variant="secondary" type="submit" loading={busy}>
                  {t('blog.list.reject')}
                </Button>
              </div>
            </VStack>
          </form>
        )}
        {post.isPublic && accounts.length > 0 && <BlogShareForm post={post} accounts={accounts} onShared={onChanged} />}
      </VStack>
    </li>
  );
}
