import { Link as RouterLink } from 'react-router';
import { BodyShort, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { useLoad } from '../common/useLoad';
import { useMe } from '../shell/session';
import { EventsNav } from './EventsNav';

/** Proposals on hearing: open ones and those closed, with how many of the invited units have answered. */
export function HearingsPage() {
  const { t, language } = useLanguage();
  const { data, error } = useLoad(eventsApi.hearings);
  const me = useMe();
  const mayCreate = me.roles.includes('LEADER') || me.roles.includes('ADMIN');
  return (
    <VStack gap="space-24">
      <PageHeading>{t('events.hearings.title')}</PageHeading>
      <EventsNav />
      <BodyShort>{t('events.hearings.intro')}</BodyShort>
      {mayCreate && (
        <BodyShort>
          <Link as={RouterLink} to="/horinger/ny">
            {t('events.hearings.create')}
          </Link>
        </BodyShort>
      )}
      {data === null ? (
        <LoadProblem error={error} />
      ) : (
        <Section heading={t('events.hearings.heading')}>
          {data.items.length === 0 ? (
            <BodyShort>{t('events.hearings.empty')}</BodyShort>
          ) : (
            <ul className="samtale-plain-list samtale-events-list">
              {data.items.map((h) => (
                <li key={h.id}>
                  <HStack gap="space-8" align="center" wrap>
                    <Link as={RouterLink} to={`/horinger/${h.id}`}>
                      {h.title}
                    </Link>
                    <Tag size="small" variant={h.draft ? 'warning' : h.open ? 'success' : 'neutral'}>
                      {h.draft ? t('events.hearings.draft') : h.open ? t('events.hearings.open') : t('events.hearings.closed')}
                    </Tag>
                  </HStack>
                  <BodyShort size="small" textColor="subtle">
                    {t('events.hearings.deadline', { date: formatDateTime(h.deadline, language) })} ·{' '}
                    {t('events.hearings.unitsAnswered', { answered: h.unitsAnswered, invited: h.unitsInvited })}
                  </BodyShort>
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
    </VStack>
  );
}
