import { Link as RouterLink } from 'react-router';
import { BodyShort, HStack, Link, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { LiveSummary } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { formatDate } from '../common/format';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { useLoad } from '../common/useLoad';
import { EventsNav } from './EventsNav';
import { LiveStateTag } from './LiveStateTag';
import { ScheduleNettprat } from './ScheduleNettprat';
import { useMe } from '../shell/session';

/** Every nettprat: the coming and running ones first, then those held before. */
export function NettpratListPage() {
  const { t, language } = useLanguage();
  const me = useMe();
  const { data, error } = useLoad(eventsApi.liveEvents);
  const owned = useLoad(eventsApi.owned).data ?? [];
  const items = data?.items ?? [];
  // A cancelled one stays among the coming until its time has passed, so those who meant to come see it.
  const over = (e: LiveSummary) => e.state === 'ENDED' || e.state === 'ARCHIVED' || (e.state === 'CANCELLED' && Date.parse(e.endsAt) <= Date.now());
  const coming = items.filter((e) => !over(e));
  const past = items.filter(over);
  return (
    <VStack gap="space-24">
      <PageHeading>{t('events.live.title')}</PageHeading>
      <EventsNav />
      <BodyShort>{t('events.live.intro')}</BodyShort>
      {data === null ? (
        <LoadProblem error={error} />
      ) : (
        <>
          {owned.length > 0 && (
            <Section heading={t('events.owned.listHeading')}>
              <ul className="samtale-plain-list samtale-events-list">
                {owned.map((q) => (
                  <li key={q.id}>
                    <Link as={RouterLink} to={`/nettprat/${q.eventId}`}>
                      {q.text}
                    </Link>
                    <BodyShort size="small" textColor="subtle">
                      {q.eventTitle}
                      {q.dueOn && ` · ${t('events.owned.due', { date: formatDate(q.dueOn, language) })}`}
                    </BodyShort>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section heading={t('events.live.coming')}>
            <EventList events={coming} empty={t('events.live.noneComing')} />
          </Section>
          <Section heading={t('events.live.past')}>
            <EventList events={past} empty={t('events.live.nonePast')} />
          </Section>
          {(me.roles.includes('LEADER') || me.roles.includes('ADMIN')) && <ScheduleNettprat />}
        </>
      )}
    </VStack>
  );
}

function EventList({ events, empty }: { events: LiveSummary[]; empty: string }) {
  const { t, language } = useLanguage();
  if (events.length === 0) return <BodyShort>{empty}</BodyShort>;
  return (
    <ul className="samtale-plain-list samtale-events-list">
      {events.map((e) => (
        <li key={e.id}>
          <HStack gap="space-8" align="center" wrap>
            <Link as={RouterLink} to={`/nettprat/${e.id}`}>
              {e.title}
            </Link>
            <LiveStateTag state={e.state} />
          </HStack>
          <BodyShort size="small" textColor="subtle">
            {formatDateTime(e.startsAt, language)} – {formatDateTime(e.endsAt, language)}
          </BodyShort>
          {e.state === 'CANCELLED' && e.cancelReason && (
            <BodyShort size="small">{t('events.cancel.inList', { reason: e.cancelReason })}</BodyShort>
          )}
        </li>
      ))}
    </ul>
  );
}
