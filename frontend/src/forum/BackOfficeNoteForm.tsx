import { useState, type FormEvent } from 'react';
import { Button, Textarea, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { Message } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText, fieldError } from '../common/forms';
import { PersonalDataWarning } from '../common/PersonalDataWarning';

export function BackOfficeNoteForm({ discussionId, onAdded }: { discussionId: number; onAdded: (note: Message) => void }) {
  const t = useT();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return setError(t('common.required'));
    setBusy(true);
    setError(undefined);
    try {
      onAdded(await forumApi.addBackOfficeNote(discussionId, body));
      setBody('');
    } catch (e) {
      setError(fieldError(e, 'body') ?? errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-12">
        <Textarea label={t('forum.backOffice.note')} description={t('forum.markdownHelp')} value={body} onChange={(e) => setBody(e.target.value)} error={error} />
        <PersonalDataWarning text={body} note={t('privacy.warning.forum')} />
        <div>
          <Button type="submit" size="small" variant="secondary" loading={busy}>
            {t('forum.backOffice.add')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
