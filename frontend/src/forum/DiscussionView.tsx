import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, HStack, Link, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { Discussion, Message, Reaction } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { BackOffice } from './BackOffice';
import { EscalateModal } from './EscalateModal';
import { EscalationPanel } from './EscalationPanel';
import { FollowButton } from './FollowButton';
import type { MessageAction } from './MessageActions';
import { MessageList } from './MessageList';
import { ReasonModal } from './ReasonModal';
import { ReplyForm } from './ReplyForm';
import { RevisionsModal } from './RevisionsModal';
import { StatusMessage } from '../common/StatusMessage';
import { DiscussionStatusTag } from '../common/DiscussionStatusTag';
import { VerifiedAnswerBox } from './VerifiedAnswerBox';

type Dialog = { kind: 'report' | 'remove' | 'history'; message: Message } | { kind: 'escalate' } | null;

interface Props {
  discussion: Discussion;
  onChange: (discussion: Discussion) => void;
}

/** Everything under a discussion's h1; every change comes back from the server and replaces the old state. */
export function DiscussionView({ discussion, onChange }: Props) {
  const t = useT();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { permissions } = discussion;
  const verified = discussion.messages.find((m) => m.id === discussion.verifiedMessageId && !m.removed);

  const replaceMessage = (message: Message) =>
    onChange({ ...discussion, messages: discussion.messages.map((m) => (m.id === message.id ? message : m)) });

  async function run(action: () => Promise<void>, done: string) {
    try {
      await action();
      setStatus(done);
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  const react = (message: Message, reaction: Reaction, on: boolean) =>
    void run(async () => replaceMessage(await forumApi.react(message.id, reaction, on)), t(on ? 'forum.reacted' : 'forum.unreacted'));

  function act(message: Message, action: Exclude<MessageAction, 'edit'>) {
    if (action === 'verify') void run(async () => onChange(await forumApi.verifyAnswer(discussion.id, message.id)), t('forum.verified'));
    else if (action === 'unverify') void run(async () => onChange(await forumApi.unverifyAnswer(discussion.id)), t('forum.unverified'));
    else setDialog({ kind: action, message });
  }

  return (
    <VStack gap="space-32">
      <VStack gap="space-12">
        <HStack gap="space-8" align="center" wrap>
          <DiscussionStatusTag status={discussion.status} />
          <BodyShort className="samtale-meta">
            {t('forum.inSpace')}{' '}
            <Link as={RouterLink} to={`/forum/rom/${discussion.spaceId}`}>
              {discussion.spaceName}
            </Link>
          </BodyShort>
        </HStack>
        <HStack gap="space-8" wrap>
          <FollowButton
            discussionId={discussion.id}
            following={discussion.following}
            onChanged={(following, text) => (onChange({ ...discussion, following }), setStatus(text))}
          />
          {permissions.canEscalate && discussion.escalation === null && (
            <Button size="small" variant="secondary" onClick={() => setDialog({ kind: 'escalate' })}>
              {t('forum.escalate.open')}
            </Button>
          )}
        </HStack>
        <StatusMessage text={status} />
      </VStack>
      {discussion.escalation && <EscalationPanel escalation={discussion.escalation} />}
      {verified && <VerifiedAnswerBox message={verified} />}
      <MessageList messages={discussion.messages} permissions={permissions} onChanged={replaceMessage} onReact={react} onAction={act} />
      {permissions.canSeeBackOffice && <BackOffice discussionId={discussion.id} />}
      {permissions.canReply && (
        <ReplyForm
          discussionId={discussion.id}
          onPosted={(m) => (onChange({ ...discussion, messages: [...discussion.messages, m] }), setStatus(t('forum.reply.posted')))}
        />
      )}
      {dialog?.kind === 'report' && (
        <ReasonModal
          heading={t('forum.report.heading')}
          intro={t('forum.report.intro')}
          submit={t('forum.report.submit')}
          onSubmit={async (reason) => {
            await forumApi.reportMessage(dialog.message.id, reason);
            setDialog(null);
            setStatus(t('forum.report.sent'));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ReasonModal
          heading={t('forum.remove.heading')}
          intro={t('forum.remove.intro')}
          submit={t('forum.message.remove')}
          danger
          onSubmit={async (reason) => {
            replaceMessage(await forumApi.removeMessage(dialog.message.id, reason));
            setDialog(null);
            setStatus(t('forum.remove.done'));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'history' && <RevisionsModal messageId={dialog.message.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'escalate' && (
        <EscalateModal
          discussionId={discussion.id}
          onEscalated={(escalation) => (onChange({ ...discussion, escalation, escalated: true }), setDialog(null), setStatus(t('forum.escalate.done')))}
          onClose={() => setDialog(null)}
        />
      )}
    </VStack>
  );
}
