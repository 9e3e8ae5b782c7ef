import { useState } from 'react';
import { Alert, BodyShort, Button, HStack, VStack } from '@navikt/ds-react';
import { inboxApi } from '../api/inbox';
import type { Reply } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { ReplyStatusTag, VisibilityTag } from './InboxTags';
import { REPLY_MAX, ReplyDecision } from './ReplyDecision';
import { TextModal } from './TextModal';
import { CannedAnswerModal } from './CannedAnswerModal';
import { EditAcceptance } from './EditAcceptance';
import { ProposedEditView } from './ProposedEditView';
import { inWords } from './replyProblems';
import { useMe } from '../shell/session';

interface Props {
  reply: Reply;
  /** The reply as it now is, or null when the page should reload; with the text to announce. */
  onChanged: (reply: Reply | null, text: string) => void;
  /** The conversation's team, when the reader is on it: a sent public reply can then become a canned answer. */
  teamId?: number;
  /** Says what happened (the canned answer was saved). */
  onSaid?: (text: string) => void;
}

/** One reply on its way through four-eyes: its state, the partner's decision and delivery, and what the reader may do. */
export function ReplyCard({ reply, onChanged, teamId, onSaid }: Props) {
  const { t, language } = useLanguage();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const reusable = teamId !== undefined && reply.status === 'SENT' && reply.visibility === 'PUBLIC' && Boolean(reply.body);
  const [retrying, setRetrying] = useState(false);
  const [retryError, setRetryError] = useState<string | null>(null);
  const when = (iso: string) => formatDateTime(iso, language);
  const { delivery } = reply;

  async function retry() {
    setRetrying(true);
    setRetryError(null);
    try {
      onChanged(await inboxApi.retryReply(reply.id), t('inbox.reply.retried'));
    } catch (e) {
      setRetryError(errorText(e, t));
    } finally {
      setRetrying(false);
    }
  }

  return (
    <VStack gap="space-12" className="samtale-inbox-card" data-attention={reply.status === 'FAILED' || reply.status === 'REJECTED' || reply.canApprove || reply.canAcceptEdit}>
      <HStack gap="space-8" align="center" wrap>
        <ReplyStatusTag status={reply.status} />
        <VisibilityTag visibility={reply.visibility} />
        <BodyShort size="small" className="samtale-meta">
          {t('inbox.reply.by', { name: reply.author?.name ?? t('inbox.systemAuthor'), time: when(reply.createdAt) })}
        </BodyShort>
      </HStack>
      {reply.proposedEdit ? (
        <ProposedEditView before={reply.proposedEdit.previousBody} after={reply.body} idPrefix={`reply-${reply.id}`} />
      ) : (
        <BodyShort as="p" className="samtale-text">
          {reply.body ?? t('inbox.reply.erased')}
        </BodyShort>
      )}
      {reply.personalData.length > 0 && (
        <Alert variant="warning" size="small">
          {t('inbox.reply.personalDataWarning')}
        </Alert>
      )}
      {reply.proposedEdit && (
        <Alert variant="info" size="small">
          {reply.canAcceptEdit
            ? t('inbox.reply.editProposedToYou', { name: reply.proposedEdit.by?.name ?? t('inbox.unknownAdvisor') })
            : reply.proposedEdit.by?.id === me.id
              ? t('inbox.reply.yourEditWaits')
              : t('inbox.reply.editProposed', { name: reply.proposedEdit.by?.name ?? t('inbox.unknownAdvisor') })}
        </Alert>
      )}
      {reply.canAcceptEdit && <EditAcceptance reply={reply} onDone={onChanged} />}
      {reply.status === 'REJECTED' && (
        <Alert variant="warning" size="small">
          {t('inbox.reply.rejectedBy', { name: reply.approver?.name ?? t('common.none'), comment: reply.rejectionComment ?? '' })}
        </Alert>
      )}
      {reply.approver && reply.status !== 'REJECTED' && reply.decidedAt && (
        <BodyShort size="small">
          {t(reply.edited ? 'inbox.reply.approvedEdited' : 'inbox.reply.approvedBy', { name: reply.approver.name, time: when(reply.decidedAt) })}
        </BodyShort>
      )}
      {reply.status === 'AWAITING_APPROVAL' && !reply.canApprove && !reply.proposedEdit && (
        <BodyShort size="small">{t('inbox.reply.waitingForPartner')}</BodyShort>
      )}
      {reply.status === 'APPROVED' && (
        <BodyShort size="small">
          {delivery.nextAttemptAt
            ? t('inbox.reply.nextAttempt', { attempts: delivery.attempts, time: when(delivery.nextAttemptAt) })
            : t('inbox.reply.queued')}
        </BodyShort>
      )}
      {reply.status === 'SENT' && delivery.sentAt && <BodyShort size="small">{t('inbox.reply.sentAt', { time: when(delivery.sentAt) })}</BodyShort>}
      {reply.status === 'FAILED' && (
        <Alert variant="error" size="small">
          {t('inbox.reply.failed', { attempts: delivery.attempts, error: delivery.lastErrorCode ? t(`channels.failure.${delivery.lastErrorCode}`) : t('common.errorGeneric') })}
        </Alert>
      )}
      {reply.canApprove && reply.status === 'AWAITING_APPROVAL' && <ReplyDecision reply={reply} onDecided={onChanged} />}
      {reusable && (
        <div>
          <Button size="small" variant="tertiary" onClick={() => setSaving(true)}>
            {t('inbox.reply.saveAsCanned')}
          </Button>
        </div>
      )}
      {saving && teamId !== undefined && (
        <CannedAnswerModal
          teamId={teamId}
          answer={null}
          initial={{ title: '', body: reply.body ?? '' }}
          onClose={() => setSaving(false)}
          onSaved={(answer) => {
            setSaving(false);
            onSaid?.(t('inbox.reply.savedAsCanned', { title: answer.title }));
          }}
        />
      )}
      {((reply.canEdit && !reply.canAcceptEdit) || (reply.canRetry && reply.status === 'FAILED')) && (
        <HStack gap="space-8">
          {reply.canEdit && !reply.canAcceptEdit && (
            <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
              {t(reply.status === 'REJECTED' ? 'inbox.reply.editResubmit' : 'inbox.reply.edit')}
            </Button>
          )}
          {reply.canRetry && reply.status === 'FAILED' && (
            <Button size="small" loading={retrying} onClick={() => void retry()}>
              {t('inbox.reply.retry')}
            </Button>
          )}
        </HStack>
      )}
      {retryError && (
        <Alert variant="error" size="small" role="alert">
          {retryError}
        </Alert>
      )}
      {editing && (
        <TextModal
          heading={t('inbox.reply.editHeading')}
          label={t('inbox.reply.text')}
          description={reply.status === 'REJECTED' ? t('inbox.reply.resubmitHint') : undefined}
          field="body"
          maxLength={REPLY_MAX}
          initial={reply.body ?? ''}
          submitLabel={t(reply.status === 'REJECTED' ? 'inbox.reply.resubmit' : 'common.save')}
          requiredText={t('inbox.reply.required')}
          onSave={async (body) => {
            try {
              const saved = await inboxApi.editReply(reply.id, body);
              setEditing(false);
              onChanged(saved, t(reply.status === 'REJECTED' ? 'inbox.reply.resubmitted' : 'inbox.reply.saved'));
            } catch (e) {
              throw inWords(e, t);
            }
          }}
          onClose={() => setEditing(false)}
        />
      )}
    </VStack>
  );
}
