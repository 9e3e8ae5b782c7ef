import { useState } from 'react';
import { Alert, Button, HStack, VStack } from '@navikt/ds-react';
import { approvalApi } from '../api/approval';
import { ApiError } from '../api/http';
import type { Person, Reply } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { TextModal } from './TextModal';

export const REPLY_MAX = 8000;
const COMMENT_MAX = 2000;

interface Props {
  reply: { id: number; body: string; author: Person | null };
  /** After a decision: the reply as it now is, or null when it had already been decided (reload). */
  onDecided: (reply: Reply | null, text: string) => void;
}

/** The partner's three choices for a reply that waits: approve, edit and approve, or send back with a comment. */
export function ReplyDecision({ reply, onDecided }: Props) {
  const t = useT();
  const [dialog, setDialog] = useState<'edit' | 'reject' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function approve() {
    setBusy(true);
    setError(null);
    try {
      onDecided(await approvalApi.approve(reply.id), t('inbox.decision.approved'));
    } catch (e) {
      setError(errorText(e, t));
      if (e instanceof ApiError && e.status === 409) onDecided(null, errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <VStack gap="space-8">
      <HStack gap="space-8" wrap role="group" aria-label={t('inbox.decision.group', { name: reply.author?.name ?? t('inbox.systemAuthor') })}>
        <Button size="small" loading={busy} onClick={() => void approve()}>
          {t('inbox.decision.approve')}
        </Button>
        <Button size="small" variant="secondary" onClick={() => setDialog('edit')}>
          {t('inbox.decision.editApprove')}
        </Button>
        <Button size="small" variant="secondary" data-color="danger" onClick={() => setDialog('reject')}>
          {t('inbox.decision.reject')}
        </Button>
      </HStack>
      {error && (
        <Alert variant="error" size="small" role="alert">
          {error}
        </Alert>
      )}
      {dialog === 'edit' && (
        <TextModal
          heading={t('inbox.decision.editApproveHeading')}
          label={t('inbox.reply.text')}
          description={t('inbox.decision.editApproveHint')}
          field="body"
          maxLength={REPLY_MAX}
          initial={reply.body}
          submitLabel={t('inbox.decision.approve')}
          requiredText={t('inbox.reply.required')}
          onSave={async (body) => {
            const decided = await approvalApi.approve(reply.id, body);
            setDialog(null);
            onDecided(decided, t('inbox.decision.approvedEdited'));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'reject' && (
        <TextModal
          heading={t('inbox.decision.rejectHeading')}
          label={t('inbox.decision.comment')}
          description={t('inbox.decision.commentHint')}
          field="comment"
          maxLength={COMMENT_MAX}
          submitLabel={t('inbox.decision.reject')}
          requiredText={t('inbox.decision.commentRequired')}
          onSave={async (comment) => {
            const decided = await approvalApi.reject(reply.id, comment);
            setDialog(null);
            onDecided(decided, t('inbox.decision.rejected'));
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </VStack>
  );
}
