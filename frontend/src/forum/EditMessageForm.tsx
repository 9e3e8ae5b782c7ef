import { useState, type FormEvent } from 'react';
import { Button, HStack, Textarea, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { Message } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText, fieldError } from '../common/forms';
import { PersonalDataWarning } from '../common/PersonalDataWarning';

interface Props {
  message: Message;
  onSaved: (message: Message) => void;
  onCancel: () => void;
}

export function EditMessageForm({ message, onSaved, onCancel }: Props) {
  const t = useT();
  const [body, setBody] = useState(message.body);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return setError(t('common.required'));
    setBusy(true);
    try {
      onSaved(await forumApi.editMessage(message.id, body));
    } catch (e) {
      setError(fieldError(e, 'body') ?? errorText(e, t));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <VStack gap="space-12">
        <Textarea label={t('forum.message.editLabel')} description={t('forum.markdownHelp')} value={body} onChange={(e) => setBody(e.target.value)} error={error} autoFocus />
        <PersonalDataWarning text={body} note={t('privacy.warning.forum')} />
        <HStack gap="space-8">
          <Button type="submit" size="small" loading={busy}>
            {t('common.save')}
          </Button>
          <Button type="button" size="small" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
