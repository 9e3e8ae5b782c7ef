import { useEffect, useState } from 'react';
import { Alert, BodyShort, Button, Radio, RadioGroup, Textarea, VStack } from '@navikt/ds-react';
import { inboxApi } from '../api/inbox';
import { ApiError } from '../api/http';
import { PROBLEM_OTHERS_ON_CONVERSATION } from '../api/problems';
import type { Conversation, OthersHere, Reply, Visibility } from '../api/types';
import { ConfirmModal } from '../common/ConfirmModal';
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
import { UnavailableAction, type Missing } from '../common/UnavailableAction';
import { inWords } from './replyProblems';
import type { Suggestion } from './suggestedAnswer';

/** The ways the advisor may answer: in the public thread and/or privately, as the account's connector allows. */
export function replyOptions(conversation: Conversation): Visibility[] {
  const { canReply, canReplyPrivately } = conversation.permissions;
  if (conversation.kind === 'PRIVATE') return canReply || canReplyPrivately ? ['PRIVATE'] : [];
  return [...(canReply ? (['PUBLIC'] as const) : []), ...(canReplyPrivately ? (['PRIVATE'] as const) : [])];
}

interface Props {
  conversation: Conversation;
  onDrafted: (reply: Reply, text: string) => void;
  /** Told when the box starts or stops holding a draft, so others on the conversation hear that a reply is coming. */
  onWriting?: (writing: boolean) => void;
  /** Others on the conversation now, named when the server asks to confirm a second reply. */
  others?: OthersHere['others'];
  /** A forum answer the advisor chose to insert beside the question (SimilarQuestions' «Sett inn»). */
  suggestion?: Suggestion | null;
}

/**
 * Writes a reply, saying before the click what will happen to it: it goes to a partner for approval, or (a private
 * reply on an account that exempts them) straight to the citizen.
 */
export function ReplyComposer({ conversation, onDrafted, onWriting, others = [], suggestion = null }: Props) {
  const t = useT();
  const me = useMe();
  const options = replyOptions(conversation);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(options[0] ?? 'PRIVATE');
  const [inserted, setInserted] = useState<string | null>(null);
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });
  const [required, setRequired] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const writing = body.trim() !== '';
  useEffect(() => onWriting?.(writing), [writing, onWriting]);

  async function draft(acknowledgeOthers: boolean) {
    const reply = await inboxApi.draftReply(conversation.id, body.trim(), visibility, acknowledgeOthers);
    setBody('');
    onDrafted(reply, t(reply.status === 'AWAITING_APPROVAL' ? 'inbox.reply.drafted' : 'inbox.reply.draftedApproved'));
  }

  useEffect(() => {
    if (suggestion === null) return;
    setBody((b) => insertAnswer(b, suggestion.text));
    setInserted(t('inbox.similar.inserted', { title: suggestion.title }));
  }, [suggestion, t]);

  const needsApproval = visibility === 'PUBLIC' ? conversation.approvalNeeded.publicReply : conversation.approvalNeeded.privateReply;

  const send = submit(
    async () => {
      try {
        await draft(false);
      } catch (e) {
        // Someone else is answering: ask before a second, perhaps contradictory, reply is drafted.
        if (e instanceof ApiError && e.type === PROBLEM_OTHERS_ON_CONVERSATION) {
          setConfirming(true);
          return;
        }
        throw inWords(e, t);
      }
    },
    () => {
      setRequired(body.trim() ? undefined : t('inbox.reply.required'));
      if (!body.trim()) setError(null);
      return Boolean(body.trim());
    },
  );

  // What the account cannot do here, said beside the action it lacks rather than hidden.
  const missing = (capability: Missing['capability']) => (conversation.unavailable ?? []).find((m) => m.capability === capability);
  const missingPublic = conversation.kind === 'PUBLIC' && !options.includes('PUBLIC') ? missing('REPLY') : undefined;

  if (options.length === 0) {
    const lacking = missing(conversation.kind === 'PUBLIC' ? 'REPLY' : 'REPLY_PRIVATELY') ?? missing('REPLY_PRIVATELY');
    if (lacking && conversation.permissions.memberOfTeam && conversation.status !== 'CLOSED') {
      return (
        <Section heading={t('inbox.reply.heading')} size="small">
          <UnavailableAction label={t('inbox.reply.submit')} missing={lacking} />
        </Section>
      );
    }
    // An admin off the team is told that is why, not that the account cannot answer.
    const why = !conversation.permissions.memberOfTeam ? 'inbox.reply.notTeamMember' : conversation.status === 'CLOSED' ? 'inbox.reply.closed' : 'inbox.reply.cannot';
    return (
      <Alert variant="info" size="small">
        {t(why)}
      </Alert>
    );
  }

  const general = formLevelError(error, t);
  return (
    <Section heading={t('inbox.reply.heading')} size="small">
      <form onSubmit={send} noValidate>
        <VStack gap="space-16">
          <Alert variant={needsApproval ? 'info' : 'warning'} size="small" inline aria-live="polite">
            {t(needsApproval ? 'inbox.reply.fourEyes' : 'inbox.reply.noFourEyes')}
          </Alert>
          {general && (
            <Alert variant="error" role="alert">
              {general}
            </Alert>
          )}
          <CannedAnswerPicker
            teamId={conversation.team.id}
            values={{ navn: conversation.correspondent.name ?? '', veileder: firstName(me.name), konto: conversation.account.name }}
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
          {missingPublic && <UnavailableAction label={t('inbox.reply.visibilityOption.PUBLIC')} missing={missingPublic} />}
          <Textarea
            label={t('inbox.reply.text')}
            description={t('inbox.reply.textHint')}
            minRows={5}
            maxLength={REPLY_MAX}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={required ?? fieldError(error, 'body')}
          />
          <PersonalDataWarning text={body} note={t(visibility === 'PUBLIC' ? 'inbox.reply.identityPublic' : 'inbox.reply.identityPrivate')} />
          {options.length === 1 && fieldError(error, 'visibility') && (
            <Alert variant="error" size="small">
              {fieldError(error, 'visibility')}
            </Alert>
          )}
          <div>
            <Button type="submit" loading={busy}>
              {t(needsApproval ? 'inbox.reply.submit' : 'inbox.reply.submitDirect')}
            </Button>
          </div>
        </VStack>
      </form>
      {confirming && (
        <ConfirmModal
          heading={t('inbox.presence.confirmHeading')}
          body={
            others.length > 0
              ? t('inbox.presence.confirmBodyNamed', { names: others.map((o) => o.person.name).join(', ') })
              : t('inbox.presence.confirmBody')
          }
          confirm={t('inbox.presence.confirm')}
          onConfirm={async () => {
            try {
              await draft(true);
            } catch (e) {
              throw inWords(e, t);
            }
            setConfirming(false);
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </Section>
  );
}
