import { useState, type FormEvent } from 'react';
import { Button, Heading, Textarea, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { Attachment, Message } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText, fieldError } from '../common/forms';
import { AttachmentPicker } from './AttachmentPicker';
import { PersonalDataWarning } from '../common/PersonalDataWarning';

export function ReplyForm({ discussionId, onPosted }: { discussionId: number; onPosted: (message: Message) => void }) {
  const t = useT();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [attachmentError, setAttachmentError] = useState<string | undefined>();
  const [uploading, setUploading] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return setError(t('forum.reply.required'));
    if (uploading) return;
    setBusy(true);
    setError(undefined);
    setAttachmentError(undefined);
    try {
      onPosted(await forumApi.reply(discussionId, body, attachments.map((a) => a.id)));
      setBody('');
      setAttachments([]);
    } catch (e) {
      const forAttachments = fieldError(e, 'attachmentIds');
      setAttachmentError(forAttachments);
      setError(fieldError(e, 'body') ?? (forAttachments ? undefined : errorText(e, t)));
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
          <PersonalDataWarning text={body} note={t('privacy.warning.forum')} />
          <AttachmentPicker value={attachments} onChange={setAttachments} onBusyChange={setUploading} error={attachmentError} />
          <div>
            <Button type="submit" loading={busy || uploading}>
              {t('forum.reply.submit')}
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}
