import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, Link, Page, VStack } from '@navikt/ds-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { ApiError } from '../api/http';
import { webChatApi, webChatLinks } from '../api/webchat';
import type { WebChatInfo, WebChatMessage } from '../api/types';
import { useLanguage } from '../i18n/i18n';
import { ConfirmModal } from '../common/ConfirmModal';
import { errorText } from '../common/forms';
import { Section } from '../common/Section';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useEventStream } from '../common/useEventStream';
import { ChatAvailability } from './ChatAvailability';
import { ChatLanguage } from './ChatLanguage';
import { ChatComposer } from './ChatComposer';
import { ChatLog } from './ChatLog';
import { StartChatForm } from './StartChatForm';
import { SatisfactionQuestions } from '../analytics/SatisfactionQuestions';
import './webchat.css';

type Phase = 'start' | 'chat' | 'expired' | 'ended';

const expired = (e: unknown) => e instanceof ApiError && e.status === 401;

/** The account's name as the page's title, unless the name already says it is a chat ("Chat med NAV om …"). */
export function chatTitle(name: string, t: ReturnType<typeof useLanguage>['t']): string {
  return /^\s*(chat|nettprat)\b/i.test(name) ? name.trim() : t('chat.title', { name });
}

function withMessage(list: WebChatMessage[], message: WebChatMessage): WebChatMessage[] {
  return list.some((m) => m.id === message.id) ? list : [...list, message];
}

/** The citizen's web chat: no employee login, a session cookie, messages both ways in real time. */
export function WebChatPage() {
  const { t, language } = useLanguage();
  const accountId = Number(useParams().accountId);
  const [info, setInfo] = useState<WebChatInfo | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [phase, setPhase] = useState<Phase>('start');
  const [messages, setMessages] = useState<WebChatMessage[]>([]);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [confirmEnd, setConfirmEnd] = useState(false);
  // Set when the citizen has just started the chat: the message field then takes focus.
  const [justStarted, setJustStarted] = useState(false);

  const enterChat = useCallback(async () => {
    setPhase('chat');
    try {
      setMessages(await webChatApi.messages(accountId));
    } catch (e) {
      if (expired(e)) {
        setStatus(null);
        setPhase('expired');
      }
    }
  }, [accountId]);

  const load = useCallback(async () => {
    try {
      const next = await webChatApi.info(accountId);
      setInfo(next);
      setLoadError(null);
      if (next.session) await enterChat();
    } catch (e) {
      setLoadError(e);
    }
  }, [accountId, enterChat]);

  useEffect(() => {
    void load();
  }, [load]);

  const title = info ? chatTitle(info.name, t) : t('chat.titlePlain');
  useEffect(() => {
    document.title = `${title} – NAV`;
  }, [title]);

  useEventStream<WebChatMessage>(phase === 'chat' ? webChatLinks.stream(accountId) : null, 'message', (m) => setMessages((list) => withMessage(list, m)));

  async function start(name: string | null) {
    await webChatApi.start(accountId, name);
    setStatus(t('chat.started'));
    setJustStarted(true);
    await enterChat();
  }

  /** Out of the chat: the "chat started" line no longer holds. */
  function leave(next: Phase) {
    setStatus(null);
    setPhase(next);
  }

  async function send(text: string) {
    try {
      const sent = await webChatApi.send(accountId, text);
      setMessages((list) => withMessage(list, sent));
      setDraft('');
    } catch (e) {
      if (expired(e)) return leave('expired');
      throw new Error(e instanceof ApiError && e.fieldErrors.body ? e.fieldErrors.body : errorText(e, t));
    }
  }

  return (
    <div lang={language} className="samtale-chat">
      <Page>
        <header className="samtale-chat-header">
          <Page.Block width="md" gutters>
            <HStack justify="space-between" align="center" gap="space-16">
              <BodyShort weight="semibold">{t('chat.brand')}</BodyShort>
              <ChatLanguage />
            </HStack>
          </Page.Block>
        </header>
        <main id="main" tabIndex={-1} className="samtale-main">
          <Page.Block width="md" gutters className="samtale-content">
            <VStack gap="space-24">
              <Heading level="1" size="large">
                {title}
              </Heading>
              {info === null ? (
                <LoadProblem error={loadError} notFound={t('chat.notFound')} />
              ) : (
                <>
                  <ChatAvailability info={info} />
                  <StatusMessage text={status} />
                  {phase === 'start' && info.openNow && <StartChatForm onStart={start} />}
                  {phase === 'expired' && (
                    <Alert variant="warning" role="alert">
                      <Heading level="2" size="small" spacing>
                        {t('chat.expiredHeading')}
                      </Heading>
                      <BodyLong spacing>{t('chat.expiredBody')}</BodyLong>
                      <Button size="small" onClick={() => (setPhase('start'), void load())}>
                        {t('chat.startAgain')}
                      </Button>
                    </Alert>
                  )}
                  {phase === 'ended' && (
                    <Alert variant="info">
                      <BodyLong spacing>{t('chat.endedBody')}</BodyLong>
                      <Button size="small" variant="secondary" onClick={() => (setMessages([]), setPhase('start'), void load())}>
                        {t('chat.startAgain')}
                      </Button>
                    </Alert>
                  )}
                  {phase === 'ended' && <SatisfactionQuestions accountId={accountId} moment="CHAT" />}
                  {(phase === 'chat' || phase === 'expired') && (
                    <Section heading={t('chat.log')} id="chat-log-heading">
                      <ChatLog messages={messages} />
                      {phase === 'chat' && (
                        <>
                          <ChatComposer autoFocus={justStarted} draft={draft} onDraft={setDraft} onSend={send} />
                          <HStack gap="space-16" align="center" wrap>
                            <Link href={webChatLinks.transcript(accountId)} download>
                              <DownloadIcon aria-hidden />
                              {t('chat.transcript')}
                            </Link>
                            <Button size="small" variant="secondary" onClick={() => setConfirmEnd(true)}>
                              {t('chat.end')}
                            </Button>
                          </HStack>
                        </>
                      )}
                    </Section>
                  )}
                </>
              )}
              <BodyShort size="small">{t('chat.privacy')}</BodyShort>
            </VStack>
          </Page.Block>
        </main>
      </Page>
      {confirmEnd && (
        <ConfirmModal
          heading={t('chat.endHeading')}
          body={t('chat.endBody')}
          confirm={t('chat.end')}
          onConfirm={async () => {
            await webChatApi.end(accountId);
            setConfirmEnd(false);
            leave('ended');
          }}
          onClose={() => setConfirmEnd(false)}
        />
      )}
    </div>
  );
}
