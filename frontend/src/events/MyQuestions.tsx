import { useCallback, useEffect } from 'react';
import { BodyShort, HStack, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { useLanguage } from '../i18n/i18n';
import { formatDate } from '../common/format';
import { Section } from '../common/Section';
import { useLoad } from '../common/useLoad';
import { QuestionStatusTag } from './LiveStateTag';

/** The asker's own questions in every state: pending, approved, merged, answered or declined with the reason. */
export function MyQuestions({ eventId, version }: { eventId: number; version: number }) {
  const { t, language } = useLanguage();
  const load = useCallback(() => eventsApi.mine(eventId), [eventId]);
  const { data, reload } = useLoad(load);
  useEffect(() => {
    if (version > 0) void reload();
  }, [version, reload]);
  if (data === null || data.length === 0) return null;
  return (
    <Section heading={t('events.mine.heading')}>
      <ul className="samtale-plain-list samtale-events-list">
        {data.map((q) => (
          <li key={q.id}>
            <VStack gap="space-4">
              <HStack gap="space-8" align="center" wrap>
                <QuestionStatusTag status={q.status} />
                {q.anonymous && (
                  <BodyShort as="span" size="small" textColor="subtle">
                    {t('events.mine.anonymous')}
                  </BodyShort>
                )}
              </HStack>
              <BodyShort>{q.text}</BodyShort>
              {q.status === 'PENDING' && <BodyShort size="small">{t('events.mine.pending')}</BodyShort>}
              {q.declineReason && <BodyShort size="small">{t('events.mine.declined', { reason: q.declineReason })}</BodyShort>}
              {q.mergedIntoText && <BodyShort size="small">{t('events.mine.merged', { text: q.mergedIntoText })}</BodyShort>}
              {q.answer && <BodyShort size="small">{t('events.mine.answer', { answer: q.answer })}</BodyShort>}
              {!q.answer && q.owner && q.dueOn && (
                <BodyShort size="small">{t('events.mine.owner', { name: q.owner.name, date: formatDate(q.dueOn, language) })}</BodyShort>
              )}
            </VStack>
          </li>
        ))}
      </ul>
    </Section>
  );
}
