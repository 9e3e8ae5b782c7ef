import { useState } from 'react';
import { Alert, Button, HStack, VStack } from '@navikt/ds-react';
import { approvalApi } from '../api/approval';
import { inboxApi } from '../api/inbox';
import type { Reply } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { REPLY_MAX } from './ReplyDecision';
import { TextModal } from './TextModal';
import { inWords } from './replyProblems';

interface Props {
  reply: { id: number; body: string | null };
  onDone: (reply: Reply | null, text: string) => void;
}

/** The author's answer to a partner's edit: accept it (and the reply leaves), or rewrite it for the partner to check. */
export function EditAcceptance({ reply, onDone }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rewriting, setRewriting] = useState(false);

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      onDone(await approvalApi.approve(reply.id), t('inbox.edit.accepted'));
    } catch (e) {
      setError(errorText(inWords(e, t), t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <VStack gap="space-8">
      <HStack gap="space-8" wrap>
        <Button size="small" loading={busy} onClick={() => void accept()}>
          {t('inbox.edit.accept')}
        </Button>
        <Button size="small" variant="secondary" onClick={() => setRewriting(true)}>
          {t('inbox.edit.rewrite')}
        </Button>
      </HStack>
      {error && (
        <Alert variant="error" size="small" role="alert">
          {error}
        </Alert>
      )}
      {rewriting && (
        <TextModal
          heading={t('inbox.reply.editHeading')}
          label={t('inbox.reply.text')}
          description={t('inbox.edit.rewriteHint')}
          field="body"
          maxLength={REPLY_MAX}
          initial={reply.body ?? ''}
          submitLabel={t('inbox.reply.resubmit')}
          requiredText={t('inbox.reply.required')}
          onSave={async (body) => {
            try {
              const saved = await inboxApi.editReply(reply.id, body);
              setRewriting(false);
              onDone(saved, t('inbox.edit.rewritten'));
            } catch (e) {
              throw inWords(e, t);
            }
          }}
          onClose={() => setRewriting(false)}
        />
      )}
    </VStack>
  );
}
