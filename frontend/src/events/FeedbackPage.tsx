import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, Link, Select, Tag, Textarea, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { FeedbackItem } from '../api/types';
import { errorText } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { EventsNav } from './EventsNav';

/** Product feedback: give feedback on a digital service, see one's own with the team's answers, and the team's queues. */
export function FeedbackPage() {
  const { t } = useLanguage();
  const services = useLoad(eventsApi.feedbackServices);
  const mine = useLoad(eventsApi.myFeedback);
  const [service, setService] = useState('');
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (service === '') {
      setProblem({ field: 'service', text: t('events.feedback.serviceRequired') });
      return;
    }
    if (body.trim() === '') {
      setProblem({ field: 'body', text: t('events.feedback.bodyRequired') });
      return;
    }
    try {
      await eventsApi.giveFeedback(Number(service), body.trim());
      setBody('');
      setProblem(null);
      setStatus(t('events.feedback.sent'));
      await mine.reload();
    } catch (e) {
      setProblem({ field: 'body', text: errorText(e, t) });
    }
  }

  const teamServices = services.data?.items.filter((s) => s.myTeam) ?? [];
  return (
    <VStack gap="space-24">
      <PageHeading>{t('events.feedback.title')}</PageHeading>
      <EventsNav />
      <BodyShort>{t('events.feedback.intro')}</BodyShort>
      <Section heading={t('events.feedback.give')}>
        <form onSubmit={(e) => void send(e)} noValidate>
          <VStack gap="space-12">
            <Select
              label={t('events.feedback.service')}
              value={service}
              onChange={(e) => setService(e.target.value)}
              error={problem?.field === 'service' ? problem.text : undefined}
            >
              <option value="">{t('events.feedback.chooseService')}</option>
              {(services.data?.items ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
            <Textarea
              label={t('events.feedback.body')}
              maxLength={4000}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              error={problem?.field === 'body' ? problem.text : undefined}
            />
            <div>
              <Button type="submit">{t('events.feedback.send')}</Button>
            </div>
            <StatusMessage text={status} />
          </VStack>
        </form>
      </Section>
      {teamServices.length > 0 && (
        <Section heading={t('events.feedback.teamQueues')}>
          <ul className="samtale-plain-list">
            {teamServices.map((s) => (
              <li key={s.id}>
                <Link as={RouterLink} to={`/tilbakemeldinger/tjeneste/${s.id}`}>
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section heading={t('events.feedback.mine')}>
        {mine.data === null ? (
          <LoadProblem error={mine.error} />
        ) : mine.data.items.length === 0 ? (
          <BodyShort>{t('events.feedback.noneYet')}</BodyShort>
        ) : (
          <ul className="samtale-plain-list samtale-events-list">
            {mine.data.items.map((item) => (
              <FeedbackEntry key={item.id} item={item} />
            ))}
          </ul>
        )}
      </Section>
    </VStack>
  );
}

/** One piece of feedback with its service, status, the team's answer and what changed. */
export function FeedbackEntry({ item, children }: { item: FeedbackItem; children?: React.ReactNode }) {
  const { t, language } = useLanguage();
  return (
    <li>
      <BodyShort size="small" textColor="subtle">
        {item.serviceName} · {formatDateTime(item.createdAt, language)}
        {item.author && ` · ${item.author.name}`}
      </BodyShort>
      <Tag size="small" variant={item.status === 'NEW' ? 'info' : item.status === 'ANSWERED' ? 'neutral' : 'success'}>
        {t(`events.feedback.status.${item.status}`)}
      </Tag>
      <BodyShort className="samtale-text">{item.body}</BodyShort>
      {item.answer && (
        <BodyShort className="samtale-text">
          {t('events.feedback.answerBy', { name: item.answeredBy?.name ?? '' })} {item.answer}
        </BodyShort>
      )}
      {item.changeNote && <BodyShort className="samtale-text">{t('events.feedback.changed', { note: item.changeNote })}</BodyShort>}
      {children}
    </li>
  );
}
