import { useState } from 'react';
import { Alert, BodyShort, Button, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { inboxApi } from '../api/inbox';
import type { Conversation, Reply, Visibility } from '../api/types';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { fieldError, formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { useSubmit } from '../common/useSubmit';
import { StatusMessage } from '../common/StatusMessage';
import { CannedAnswerPicker } from './CannedAnswerPicker';
import { firstName } from './format';
import { insertAnswer } from './placeholders';
import { REPLY_MAX } from './ReplyDecision';
import { PersonalDataWarning } from '../common/PersonalDataWarning';

/** The ways the advisor may answer: in the public thread and/or privately, as the account's connector allows. */
export function replyOptions(conversation: Conversation): Visibility[] {
  const { canReply, canReplyPrivately } = conversation.permissions;
  if (conversation.kind === 'PRIVATE') return canReply || canReplyPrivately ? ['PRIVATE'] : [];
  return [...(canReply ? (['PUBLIC'] as const) : []), ...(canReplyPrivately ? (['PRIVATE'] as const) : [])];
}

interface Props {
  conversation: Conversation;
  onDrafted: (reply: Reply, text: string) => void;
}

/** Writes a reply, which goes to a partner for approval before it leaves. */
export function ReplyComposer({ conversation, onDrafted }: Props) {
  const t = useT();
  const me = useMe();
  const options = replyOptions(conversation);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(options[0] ?? 'PRIVATE');
  const [inserted, setInserted] = useState<string | null>(null);
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });
  const [required, setRequired] = useState<string | undefined>();

  const send = submit(
    async () => {
      const reply = await inboxApi.draftReply(conversation.id, body.trim(), visibility);
      setBody('');
      onDrafted(reply, t(reply.status === 'AWAITING_APPROVAL' ? 'inbox.reply.drafted' : 'inbox.reply.draftedApproved'));
    },
    () => {
      setRequired(body.trim() ? undefined : t('inbox.reply.required'));
      if (!body.trim()) setError(null);
      return Boolean(body.trim());
    },
  );

  if (options.length === 0) {
    return (
      <Alert variant="info" size="small">
        {t(conversation.status === 'CLOSED' ? 'inbox.reply.closed' : 'inbox.reply.cannot')}
      </Alert>
    );
  }

  const general = formLevelError(error, t);
  return (
    <Section heading={t('inbox.reply.heading')} size="small">
      <form onSubmit={send} noValidate>
        <VStack gap="space-16">
          <Alert variant="info" size="small" inline>
            {t('inbox.reply.fourEyes')}
          </Alert>
          {general && (
            <Alert variant="error" role="alert">
              {general}
            </Alert>
          )}
          <CannedAnswerPicker
            teamId={conversation.team.id}
            values={{ navn: conversation.correspondent.name, veileder: firstName(me.name), konto: conversation.account.name }}
            onInsert={(text, title) => (setBody((b) => insertAnswer(b, text)), setInserted(t('inbox.canned.inserted', { title })))}
          />
          <StatusMessage text={inserted} />
          {options.length > 1 ? (
            <RadioGroup
              legend={t('inbox.reply.visibility')}
              size="small"
              value={visibility}
              onChange={(v: Visibility) => setVisibility(v)}
              error={fieldError(error, 'visibility')}
            >
              {options.map((o) => (
                <Radio key={o} value={o} description={t(`inbox.reply.visibilityHint.${o}`)}>
                  {t(`inbox.reply.visibilityOption.${o}`)}
                </Radio>
              ))}
            </RadioGroup>
          ) : (
            <BodyShort size="small">{t(`inbox.reply.only.${options[0]}`)}</BodyShort>
          )}
          <Textarea
            label={t('inbox.reply.text')}
            description={t('inbox.reply.textHint')}
            minRows={5}
            maxLength={REPLY_MAX}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={required ?? fieldError(error, 'body')}
          />
          <PersonalDataWarning text={body} />
          {options.length === 1 && fieldError(error, 'visibility') && (
            <Alert variant="error" size="small">
              {fieldError(error, 'visibility')}
            </Alert>
          )}
          <div>
            <Button type="submit" loading={busy}>
              {t('inbox.reply.submit')}
            </Button>
          </div>
        </VStack>
      </form>
    </Section>
  );
}
