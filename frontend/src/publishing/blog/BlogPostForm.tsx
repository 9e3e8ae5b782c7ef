import { useRef, useState } from 'react';
import { BodyShort, Button, HStack, Textarea, TextField, VStack } from '@navikt/ds-react';
import { ApiError } from '../../api/http';
import { blogApi, type BlogPostInput } from '../../api/blog';
import { PROBLEM_PERSONAL_DATA } from '../../api/problems';
import type { BlogPost } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { fieldError, formLevelError } from '../../common/forms';
import { Section } from '../../common/Section';
import { useSubmit } from '../../common/useSubmit';

interface Props {
  blogId: number;
  /** The post being rewritten, or null for a new one. */
  editing: BlogPost | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

function inputOf(post: BlogPost | null): BlogPostInput {
  return {
    title: post?.title ?? '',
    slug: post?.slug ?? '',
    summary: post?.summary ?? '',
    body: post?.body ?? '',
    expertName: post?.expertName ?? '',
    expertTitle: post?.expertTitle ?? '',
  };
}

/**
 * Writes a blog post (Markdown), saved as a draft or sent to a partner for approval at once. The server checks
 * every field; what it refuses is shown at the field.
 */
export function BlogPostForm({ blogId, editing, onSaved, onCancel }: Props) {
  const t = useT();
  const [input, setInput] = useState<BlogPostInput>(() => inputOf(editing));
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  // Which button sent the form: read when it is sent, so it never lags a render behind.
  const send = useRef(true);
  const [sending, setSending] = useState(true);
  const set = (field: keyof BlogPostInput) => (e: { target: { value: string } }) =>
    setInput((current) => ({ ...current, [field]: e.target.value }));

  const save = submit(async () => {
    const body: BlogPostInput = {
      ...input,
      slug: input.slug?.trim() || null,
      expertTitle: input.expertTitle?.trim() || null,
    };
    try {
      const saved = editing ? await blogApi.update(editing.id, body) : await blogApi.create(blogId, body);
      if (send.current && (saved.status === 'DRAFT' || saved.status === 'REJECTED')) {
        await blogApi.submit(saved.id);
      }
    } catch (e) {
      if (!(e instanceof ApiError) || e.type !== PROBLEM_PERSONAL_DATA) throw e;
      const field = Object.keys(e.fieldErrors)[0] ?? 'body';
      throw new ApiError(e.status, { errors: [{ field, detail: t('blog.editor.personalData') }] });
    }
    if (!editing) setInput(inputOf(null));
    onSaved(send.current ? t('blog.editor.sent') : t('blog.editor.saved'));
  });

  return (
    <Section heading={editing ? t('blog.editor.editHeading') : t('blog.editor.heading')}>
      <form onSubmit={save} noValidate>
        <VStack gap="space-16">
          {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
          <TextField label={t('blog.editor.title')} value={input.title} onChange={set('title')} error={fieldError(error, 'title')} />
          <TextField
            label={t('blog.editor.slug')}
            description={t('blog.editor.slugHint')}
            value={input.slug ?? ''}
            onChange={set('slug')}
            error={fieldError(error, 'slug')}
          />
          <Textarea label={t('blog.editor.summary')} value={input.summary} onChange={set('summary')} maxLength={600} error={fieldError(error, 'summary')} />
          <Textarea
            label={t('blog.editor.body')}
            description={t('blog.editor.bodyHint')}
            value={input.body}
            onChange={set('body')}
            minRows={10}
            maxLength={7000}
            error={fieldError(error, 'body')}
          />
          <HStack gap="space-16" wrap>
            <TextField label={t('blog.editor.expertName')} value={input.expertName} onChange={set('expertName')} error={fieldError(error, 'expertName')} />
            <TextField label={t('blog.editor.expertTitle')} value={input.expertTitle ?? ''} onChange={set('expertTitle')} error={fieldError(error, 'expertTitle')} />
          </HStack>
          <HStack gap="space-16" wrap>
            <Button type="submit" loading={busy && sending} onClick={() => { send.current = true; setSending(true); }}>
              {t('blog.editor.send')}
            </Button>
            <Button type="submit" variant="secondary" loading={busy && !sending} onClick={() => { send.current = false; setSending(false); }}>
              {t('blog.editor.saveDraft')}
            </Button>
            {editing && (
              <Button type="button" variant="tertiary" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
          </HStack>
        </VStack>
      </form>
    </Section>
  );
}
