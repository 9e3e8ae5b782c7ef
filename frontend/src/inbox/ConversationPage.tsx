import { useCallback, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { Alert, BodyShort, HGrid, HStack, VStack } from '@navikt/ds-react';
import { teamsApi } from '../api/teams';
import { inboxApi, inboxStream } from '../api/inbox';
import type { Conversation, InboxEvent, Reply } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { Section } from '../common/Section';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { AssignSection, StatusSection, type Act } from './ConversationActions';
import { AuditSection, SlaSection } from './ConversationFacts';
import { InboxFrame } from './InboxFrame';
import { ConversationStatusTag, VisibilityTag } from './InboxTags';
import { LabelsEditor } from './LabelsEditor';
import { MessageThread } from './MessageThread';
import { NotesSection } from './NotesSection';
import { SimilarQuestions } from '../search/SimilarQuestions';
import { ExpertQuestionSection } from './ExpertQuestionSection';
import { JournalSection } from '../archive/JournalSection';
import { ReplyCard } from './ReplyCard';
import { ReplyComposer, replyOptions } from './ReplyComposer';
import { sentAnswer, suggestedAnswer, type Suggestion } from './suggestedAnswer';
import { PresenceNotice } from './PresenceNotice';
import { usePresence } from './usePresence';
import { correspondentName, subjectText } from './format';
import { inWords } from './replyProblems';
import { useDebouncedCallback } from '../common/useDebouncedCallback';
import { useEventStream } from '../common/useEventStream';

// Events within this time of the reader's own change are its echo, not news worth announcing.
const OWN_ECHO_MS = 3000;

/** One conversation: the thread, the replies through four-eyes, and the side panel to handle it. */
export function ConversationPage() {
  const t = useT();
  const id = Number(useParams().id);
  const { data, setData, error, reload } = useLoad(useCallback(() => inboxApi.conversation(id), [id]));
  const teams = useLoad(teamsApi.teams).data;
  const labels = useLoad(inboxApi.labels).data ?? [];
  const [status, setStatus] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  const others = usePresence(id, writing);
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const lastOwnChange = useRef(0);

  const said = (text: string) => {
    lastOwnChange.current = Date.now();
    setStatus(text);
  };

  const refresh = useDebouncedCallback(() => {
    void reload();
    if (Date.now() - lastOwnChange.current > OWN_ECHO_MS) setStatus(t('inbox.live.updated'));
  }, 400);
  useEventStream<InboxEvent>(inboxStream, 'conversation', (e) => e.conversationId === id && refresh());
  useEventStream<InboxEvent>(inboxStream, 'approval', (e) => data?.replies.some((r) => r.id === e.replyId) && refresh());

  const act: Act = async (action, done) => {
    try {
      setData(await action());
      said(done);
    } catch (e) {
      said(errorText(inWords(e, t), t));
    }
  };

  const insertSuggestion = async (source: string, id: number, title: string) => {
    try {
      const text = source === 'INBOX' ? await sentAnswer(id) : await suggestedAnswer(id);
      if (text === null) return said(t('inbox.similar.noAnswer', { title }));
      setSuggestion({ key: Date.now(), title, text });
    } catch (e) {
      said(errorText(e, t));
    }
  };

  if (data === null) {
    return (
      <InboxFrame heading={t('inbox.conversation')}>
        <LoadProblem error={error} notFound={t('inbox.notFound')} />
      </InboxFrame>
    );
  }

  const replaceReply = (reply: Reply | null, text: string) => {
    if (reply) setData((c) => c && withReply(c, reply));
    said(text);
    void reload();
  };
  const members = teams?.find((team) => team.id === data.team.id)?.members ?? [];

  return (
    <InboxFrame heading={subjectText(data.subject, t)}>
      <VStack gap="space-24">
        <HStack gap="space-8" align="center" wrap>
          <ConversationStatusTag status={data.status} />
          <VisibilityTag visibility={data.kind} />
          <BodyShort className="samtale-meta">
            {t('inbox.conversationMeta', {
              platform: t(`platform.${data.account.platform}`),
              account: data.account.name,
              team: data.team.name,
              name: correspondentName(data.correspondent.name, t),
            })}
          </BodyShort>
        </HStack>
        <StatusMessage text={status} />
        {!data.permissions.memberOfTeam && (
          <Alert variant="info" size="small">
            {t('inbox.reply.notTeamMember')}
          </Alert>
        )}
        {data.personalData && (
          <Alert variant="warning" size="small">
            {t('inbox.privacy.flagged')}
          </Alert>
        )}
        <PresenceNotice others={others} />
        <HGrid columns={{ xs: 1, lg: '2fr 1fr' }} gap="space-32">
          <VStack gap="space-32">
            <MessageThread conversation={data} />
            {data.replies.length > 0 && (
              <Section heading={t('inbox.replies', { count: data.replies.length })} id="replies-heading" size="small">
                <VStack as="ul" gap="space-12" className="samtale-plain-list" aria-labelledby="replies-heading">
                  {data.replies.map((r) => (
                    <li key={r.id}>
                      <ReplyCard reply={r} onChanged={replaceReply} teamId={data.permissions.memberOfTeam ? data.team.id : undefined} onSaid={said} />
                    </li>
                  ))}
                </VStack>
              </Section>
            )}
            <ReplyComposer conversation={data} onDrafted={replaceReply} onWriting={setWriting} others={others} suggestion={suggestion} />
          </VStack>
          <VStack as="aside" gap="space-16" aria-label={t('inbox.side')} className="samtale-inbox-side">
            <AssignSection conversation={data} members={members} act={act} />
            <StatusSection conversation={data} act={act} />
            <LabelsEditor conversation={data} known={labels} act={act} />
            <SlaSection conversation={data} />
            <SimilarQuestions
              text={latestQuestion(data)}
              intro={t('inbox.similar.intro')}
              exclude={{ source: 'INBOX', id: data.id }}
              onInsert={replyOptions(data).length > 0 ? (q) => void insertSuggestion(q.source, q.id, q.title) : undefined}
            />
            <ExpertQuestionSection
              conversation={data}
              question={latestQuestion(data)}
              onAsked={(text) => (said(text), void reload())}
              onUseAnswer={
                replyOptions(data).length > 0
                  ? (title, text) => setSuggestion({ key: Date.now(), title, text })
                  : undefined
              }
            />
            <NotesSection conversationId={data.id} notes={data.notes} onAdded={(note, text) => (setData((c) => c && { ...c, notes: [...c.notes, note] }), said(text))} />
            <JournalSection conversationId={data.id} memberOfTeam={data.permissions.memberOfTeam} onSaid={said} />
            <AuditSection conversation={data} />
          </VStack>
        </HGrid>
      </VStack>
    </InboxFrame>
  );
}

function withReply(conversation: Conversation, reply: Reply): Conversation {
  const known = conversation.replies.some((r) => r.id === reply.id);
  return { ...conversation, replies: known ? conversation.replies.map((r) => (r.id === reply.id ? reply : r)) : [...conversation.replies, reply] };
}

/** What the citizen asked last: the earlier answers beside it are looked up from this. */
function latestQuestion(conversation: Conversation): string {
  const asked = conversation.messages.filter((m) => m.direction === 'IN');
  return (asked.length > 0 ? asked[asked.length - 1].body : conversation.subject) ?? '';
}
