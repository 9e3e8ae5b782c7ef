import { useState, type FormEvent } from 'react';
import { Button, Heading, Textarea, VStack } from '@navikt/ds-react';
import { api } from '../api/client';
import type { Message } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText, fieldError } from '../shell/forms';

export function ReplyForm({ discussionId, onPosted }: { discussionId: number; onPosted: (message: Message) => void }) {
  const t = useT();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return setError(t('forum.reply.required'));
    setBusy(true);
    setError(undefined);
    try {
      onPosted(await api.reply(discussionId, body));
      setBody('');
    } catch (e) {
      setError(fieldError(e, 'body') ?? errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="reply-heading">
      <form onSubmit={submit} noValidate>
        <VStack gap="space-12" maxWidth="40rem">
          <Heading level="2" size="small" id="reply-heading">
            {t('forum.reply.heading')}
          </Heading>
          <Textarea label={t('forum.reply.label')} description={t('forum.markdownHelp')} minRows={5} value={body} onChange={(e) => setBody(e.target.value)} error={error} />
          <div>
            <Button type="submit" loading={busy}>
              {t('forum.reply.submit')}
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}
