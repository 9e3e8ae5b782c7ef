import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, Button, HStack, Link, TextField, Textarea, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { IdeaList, SimilarIdea } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText, fieldError, formLevelError } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useDebouncedValue } from '../common/useDebouncedValue';
import { useLoad } from '../common/useLoad';
import { useSubmit } from '../common/useSubmit';
import { SimilarQuestions } from '../search/SimilarQuestions';
import { EventsNav } from './EventsNav';
import { IdeaStatusTag } from './IdeaStatusTag';

/** The idea box: submit an idea (with like ideas and forum questions suggested while typing), vote, follow it. */
export function IdeasPage() {
  const t = useT();
  const { data, error, setData } = useLoad(eventsApi.ideas);
  const [status, setStatus] = useState<string | null>(null);

  async function refresh() {
    setData(await eventsApi.ideas(data?.spaceId));
  }

  async function vote(id: number) {
    try {
      const { openVotesLeft } = await eventsApi.voteIdea(id);
      await refresh();
      setStatus(t('events.ideas.voted', { count: openVotesLeft }));
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  return (
    <VStack gap="space-24">
      <PageHeading>{t('events.ideas.title')}</PageHeading>
      <EventsNav />
      {data === null ? (
        <LoadProblem error={error} />
      ) : (
        <>
          <BodyShort>{t('events.ideas.intro', { space: data.spaceName, limit: data.openVoteLimit })}</BodyShort>
          <IdeaForm list={data} onSubmitted={() => void refresh()} />
          <Section heading={t('events.ideas.heading')}>
            <BodyShort size="small">{t('events.ideas.votesLeft', { count: data.openVotesLeft })}</BodyShort>
            <StatusMessage text={status} />
            <ul className="samtale-plain-list samtale-events-list">
              {data.items.map((idea) => (
                <li key={idea.id}>
                  <HStack gap="space-8" align="center" wrap>
                    <Link as={RouterLink} to={`/ideer/${idea.id}`}>
                      {idea.title}
                    </Link>
                    <IdeaStatusTag status={idea.status} />
                    <BodyShort as="span" size="small" textColor="subtle">
                      {t('events.board.votes', { count: idea.votes })}
                    </BodyShort>
                    {['NEW', 'ASSESSING', 'PLANNED'].includes(idea.status) && (
                      <Button
                        size="xsmall"
                        variant="secondary"
                        disabled={idea.votedByMe}
                        onClick={() => void vote(idea.id)}
                      >
                        {idea.votedByMe ? t('events.board.votedButton') : t('events.board.vote')}
                        <span className="aksel-sr-only">: {idea.title}</span>
                      </Button>
                    )}
                  </HStack>
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </VStack>
  );
}

function IdeaForm({ list, onSubmitted }: { list: IdeaList; onSubmitted: () => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const typed = useDebouncedValue(`${title} ${body}`.trim(), 400);
  const [alike, setAlike] = useState<SimilarIdea[]>([]);

  useEffect(() => {
    if (typed.length < 8) {
      setAlike([]);
      return;
    }
    let current = true;
    eventsApi.similarIdeas(list.spaceId, typed).then(
      (found) => current && setAlike(found),
      () => current && setAlike([]),
    );
    return () => {
      current = false;
    };
  }, [typed, list.spaceId]);

  const send = submit(
    async () => {
      await eventsApi.submitIdea(list.spaceId, title.trim(), body.trim());
      setTitle('');
      setBody('');
      setStatus(t('events.ideas.submitted'));
      onSubmitted();
    },
    () => {
      const ok = title.trim() !== '' && body.trim() !== '';
      setMissing(!ok);
      return ok;
    },
  );

  return (
    <Section heading={t('events.ideas.new')}>
      <form onSubmit={send} noValidate>
        <VStack gap="space-12">
          <TextField
            label={t('events.ideas.ideaTitle')}
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            error={missing && title.trim() === '' ? t('events.ideas.titleRequired') : fieldError(error, 'title', t('events.ideas.ideaTitle'))}
          />
          <Textarea
            label={t('events.ideas.body')}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={missing && body.trim() === '' ? t('events.ideas.bodyRequired') : fieldError(error, 'body', t('events.ideas.body'))}
          />
          <div aria-live="polite">
            {alike.length > 0 && (
              <VStack gap="space-4">
                <BodyShort weight="semibold">{t('events.ideas.alike')}</BodyShort>
                <ul className="samtale-plain-list">
                  {alike.map((idea) => (
                    <li key={idea.id}>
                      <Link as={RouterLink} to={`/ideer/${idea.id}`}>
                        {idea.title}
                      </Link>{' '}
                      <IdeaStatusTag status={idea.status} />
                    </li>
                  ))}
                </ul>
              </VStack>
            )}
          </div>
          <SimilarQuestions text={title} />
          {formLevelError(error, t) && <Alert variant="error">{formLevelError(error, t)}</Alert>}
          <div>
            <Button type="submit" loading={busy}>
              {t('events.ideas.submit')}
            </Button>
          </div>
          <StatusMessage text={status} />
        </VStack>
      </form>
    </Section>
  );
}
