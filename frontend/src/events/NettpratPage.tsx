import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { LiveChange, LiveEvent } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { names } from '../common/format';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { useEventStream } from '../common/useEventStream';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import { AfterTheChat } from './AfterTheChat';
import { AskBox } from './AskBox';
import { CancelNettprat } from './CancelNettprat';
import { EventsNav } from './EventsNav';
import { LiveBoard } from './LiveBoard';
import { LiveStateTag } from './LiveStateTag';
import { applyChange } from './liveChanges';
import { ModeratorQueue } from './ModeratorQueue';
import { MyQuestions } from './MyQuestions';
import { MoveNettprat } from './MoveNettprat';
import { NettpratPeopleChanges, NettpratPeopleEditor } from './NettpratPeopleEditor';
import { useMe } from '../shell/session';
import { NextThree } from './NextThree';

/**
 * One nettprat: the ask box, the asker's own questions in every state, the board of approved questions with votes
 * and answers kept live over the event stream, and for moderators the queue, for the leader the next three. A
 * cancelled one says so with the reason and takes no questions; an open page learns of it over the stream.
 */
export function NettpratPage() {
  const id = useRouteId('id');
  const load = useCallback(() => eventsApi.liveEvent(id), [id]);
  const { data, error, reload } = useLoad(load);
  if (data === null) return <LoadProblem error={error} />;
  return <Nettprat key={data.id} event={data} onMoved={() => void reload()} />;
}

function Nettprat({ event, onMoved }: { event: LiveEvent; onMoved: () => void }) {
  const { t, language } = useLanguage();
  const me = useMe();
  const [questions, setQuestions] = useState(event.questions);
  // Bumped on every live change, so the queue, the next three and my questions fetch their state again.
  const [changes, setChanges] = useState(0);
  // The stream starts from the change the page was loaded at; a reconnect sends Last-Event-ID by itself.
  const [streamUrl] = useState(() => eventsApi.streamUrl(event.id, event.lastChangeId));
  useEventStream<LiveChange>(streamUrl, 'change', (change) => {
    // Called off: the event is read again, so the page shows it cancelled with the reason, without a reload.
    if (change.kind === 'CANCELLED' && event.state !== 'CANCELLED') onMoved();
    setQuestions((current) => applyChange(current, change));
    setChanges((n) => n + 1);
  });
  const open = event.state === 'SCHEDULED' || event.state === 'LIVE';
  const cancelled = event.state === 'CANCELLED';
  const refresh = () => setChanges((n) => n + 1);
  const mayMove = open && [...event.leaders, ...event.moderators].some((p) => p.id === me.id);

  return (
    <VStack gap="space-24">
      <PageHeading>{event.title}</PageHeading>
      <EventsNav />
      <VStack gap="space-8">
        <HStack gap="space-8" align="center" wrap>
          <LiveStateTag state={event.state} />
          <BodyShort>
            {formatDateTime(event.startsAt, language)} – {formatDateTime(event.endsAt, language)}
          </BodyShort>
        </HStack>
        {cancelled && (
          <Alert variant="warning" size="small">
            <Heading level="2" size="xsmall">
              {t('events.cancel.notice')}
            </Heading>
            {event.cancelReason && <BodyShort>{t('events.cancel.because', { reason: event.cancelReason })}</BodyShort>}
          </Alert>
        )}
        {event.description && <BodyShort>{event.description}</BodyShort>}
        <BodyShort size="small">{t('events.live.leaders', { names: names(event.leaders) })}</BodyShort>
        {event.helpers.length > 0 && <BodyShort size="small">{t('events.live.helpers', { names: names(event.helpers) })}</BodyShort>}
        <BodyShort size="small">{t('events.live.moderators', { names: names(event.moderators) })}</BodyShort>
        {event.announcementDiscussionId !== null && (
          <BodyShort size="small">
            <Link as={RouterLink} to={`/forum/diskusjon/${event.announcementDiscussionId}`}>
              {t('events.live.announcement')}
            </Link>
          </BodyShort>
        )}
      </VStack>
      {!open && !cancelled && (
        <Section heading={t('events.live.figures')}>
          <BodyShort>
            {t('events.live.figuresText', {
              viewers: event.figures.viewers,
              questions: event.figures.questions,
              answered: event.figures.answered,
              merged: event.figures.merged,
              declined: event.figures.declined,
            })}
          </BodyShort>
        </Section>
      )}
      {!open && !cancelled && <AfterTheChat event={event} version={changes} onChanged={refresh} />}
      {open && <AskBox eventId={event.id} onAsked={refresh} />}
      <MyQuestions eventId={event.id} version={changes} />
      {event.canAnswer && !cancelled && <NextThree eventId={event.id} version={changes} onAnswered={refresh} />}
      {mayMove && <MoveNettprat event={event} onMoved={onMoved} />}
      {event.canCancel && <CancelNettprat event={event} onCancelled={onMoved} />}
      {event.canManagePeople && <NettpratPeopleEditor event={event} onSaved={onMoved} />}
      <NettpratPeopleChanges changes={event.peopleChanges} />
      {event.canModerate && !cancelled && <ModeratorQueue eventId={event.id} version={changes} onChanged={refresh} />}
      <LiveBoard eventId={event.id} questions={questions} canVote={open} onVoted={setQuestions} />
    </VStack>
  );
}
