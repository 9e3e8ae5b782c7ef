import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button, Textarea, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { PersonalDataWarning } from '../common/PersonalDataWarning';

export const CHAT_MAX = 2000;

interface Props {
  draft: string;
  onDraft: (text: string) => void;
  /** Sends the text; rejects with the message to show under the field. */
  onSend: (text: string) => Promise<void>;
  /** Focus the field when it appears (right after the citizen started the chat). */
  autoFocus?: boolean;
}

/** The message field: Enter sends, Shift+Enter makes a new line, a counter up to 2000 characters. */
export function ChatComposer({ draft, onDraft, onSend, autoFocus }: Props) {
  const t = useT();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function send(event: FormEvent) {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return setError(t('chat.required'));
    if (text.length > CHAT_MAX) return setError(t('chat.tooLong', { max: CHAT_MAX }));
    setBusy(true);
    setError(undefined);
    try {
      await onSend(text);
    } catch (e) {
      setError(e instanceof Error ? e.message : t('common.errorGeneric'));
    } finally {
      setBusy(false);
    }
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (!busy) event.currentTarget.form?.requestSubmit();
  }

  return (
    <form onSubmit={send} noValidate>
      <VStack gap="space-8">
        <Textarea
          autoFocus={autoFocus}
          label={t('chat.message')}
          description={t('chat.messageHint')}
          minRows={3}
          maxLength={CHAT_MAX}
          value={draft}
          onChange={(e) => onDraft(e.target.value)}
          onKeyDown={keyDown}
          error={error}
        />
        <PersonalDataWarning text={draft} />
        <div>
          <Button type="submit" loading={busy}>
            {t('chat.send')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
