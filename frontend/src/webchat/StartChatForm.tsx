import { useState } from 'react';
import { Alert, Button, TextField, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { useSubmit } from '../common/useSubmit';

/** Starts a chat, with an optional name so the advisor knows what to call the citizen. */
export function StartChatForm({ onStart }: { onStart: (name: string | null) => Promise<void> }) {
  const t = useT();
  const [name, setName] = useState('');
  const { busy, error, submit } = useSubmit();
  const start = submit(() => onStart(name.trim() || null));
  const problem = formLevelError(error, t);

  return (
    <Section heading={t('chat.startHeading')}>
      <form onSubmit={start} noValidate>
        <VStack gap="space-12" maxWidth="28rem">
          {problem && (
            <Alert variant="error" role="alert">
              {problem}
            </Alert>
          )}
          <TextField label={t('chat.name')} description={t('chat.nameHint')} autoComplete="given-name" value={name} onChange={(e) => setName(e.target.value)} />
          <div>
            <Button type="submit" loading={busy}>
              {t('chat.start')}
            </Button>
          </div>
        </VStack>
      </form>
    </Section>
  );
}
