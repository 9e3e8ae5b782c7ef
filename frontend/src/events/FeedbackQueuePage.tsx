import { useCallback, useState } from 'react';
import { BodyShort, Button, HStack, Table, Textarea, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { FeedbackItem } from '../api/types';
import { errorText } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { TableScroll } from '../common/TableScroll';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import { useLanguage, useT } from '../i18n/i18n';
import { EventsNav } from './EventsNav';
import { FeedbackEntry } from './FeedbackPage';

/** The service team's queue: counts, the trend by week, and each piece of feedback to answer or mark as a change. */
export function FeedbackQueuePage() {
  const id = useRouteId('id');
  const { t, language } = useLanguage();
  const load = useCallback(() => eventsApi.feedbackQueue(id), [id]);
  const { data, error, reload } = useLoad(load);
  const [status, setStatus] = useState<string | null>(null);
  if (data === null) return <LoadProblem error={error} />;

  async function done(text: string) {
    setStatus(text);
    await reload();
  }

  return (
    <VStack gap="space-24">
      <PageHeading>{t('events.feedback.queueTitle', { service: data.serviceName })}</PageHeading>
      <EventsNav />
      <BodyShort>
        {t('events.feedback.counts', {
          total: data.counts.total,
          waiting: data.counts.waiting,
          answered: data.counts.answered,
          changed: data.counts.ledToChange,
        })}
      </BodyShort>
      <StatusMessage text={status} />
      <Section heading={t('events.feedback.trend')} id="feedback-trend">
        <TableScroll>
          <Table size="small" aria-labelledby="feedback-trend">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('events.feedback.week')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('events.feedback.count')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.weeks.map((w) => (
                <Table.Row key={w.weekStart}>
                  <Table.DataCell>
                    {new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'medium' }).format(new Date(w.weekStart))}
                  </Table.DataCell>
                  <Table.DataCell>{w.count}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </Section>
      <Section heading={t('events.feedback.queue')}>
        {data.items.length === 0 ? (
          <BodyShort>{t('events.feedback.noneYet')}</BodyShort>
        ) : (
          <ul className="samtale-plain-list samtale-events-list">
            {data.items.map((item) => (
              <FeedbackEntry key={item.id} item={item}>
                <WorkFeedback item={item} onDone={(text) => void done(text)} />
              </FeedbackEntry>
            ))}
          </ul>
        )}
      </Section>
    </VStack>
  );
}

function WorkFeedback({ item, onDone }: { item: FeedbackItem; onDone: (status: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function act(kind: 'answer' | 'change') {
    if (text.trim() === '') {
      setProblem(t(kind === 'answer' ? 'events.feedback.answerRequired' : 'events.feedback.noteRequired'));
      return;
    }
    try {
      if (kind === 'answer') await eventsApi.answerFeedback(item.id, text.trim());
      else await eventsApi.feedbackLedToChange(item.id, text.trim());
      setText('');
      setProblem(null);
      onDone(t(kind === 'answer' ? 'events.feedback.answered' : 'events.feedback.marked'));
    } catch (e) {
      setProblem(errorText(e, t));
    }
  }

  return (
    <VStack gap="space-8">
      <Textarea
        label={t('events.feedback.reply')}
        description={t('events.feedback.replyHelp')}
        size="small"
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={problem ?? undefined}
      />
      <HStack gap="space-8" wrap>
        <Button size="small" variant="secondary" onClick={() => void act('answer')}>
          {t('events.feedback.sendAnswer')}
        </Button>
        {item.status !== 'LED_TO_CHANGE' && (
          <Button size="small" variant="secondary" onClick={() => void act('change')}>
            {t('events.feedback.markChange')}
          </Button>
        )}
      </HStack>
    </VStack>
  );
}
