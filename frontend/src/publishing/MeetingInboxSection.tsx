import { BodyShort } from '@navikt/ds-react';
import type { PublishingMeeting } from '../api/types';
import { Section } from '../common/Section';
import { useLanguage } from '../i18n/i18n';

/**
 * Last week's inbox for the meeting (from analytics): volume, time to first answer, and the words that rose most in
 * the subjects of new conversations (shown only from five conversations, so no word points to a person).
 */
export function MeetingInboxSection({ meeting }: { meeting: PublishingMeeting }) {
  const { t, language } = useLanguage();
  const inbox = meeting.lastWeekInbox;
  const number = (n: number) => n.toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO');
  const minutes = (s: number | null | undefined) =>
    s === null || s === undefined ? '–' : t('publishing.meeting.minutesValue', { minutes: number(Math.round(s / 60)) });
  return (
    <Section heading={t('publishing.meeting.inbox')}>
      <dl className="samtale-meeting-figures">
        <dt>{t('publishing.meeting.conversations')}</dt>
        <dd>{number(inbox.conversations)}</dd>
        <dt>{t('publishing.meeting.received')}</dt>
        <dd>{t('publishing.meeting.receivedValue', { comments: number(inbox.comments), messages: number(inbox.privateMessages) })}</dd>
        <dt>{t('publishing.meeting.replies')}</dt>
        <dd>{number(inbox.replies)}</dd>
        <dt>{t('publishing.meeting.firstResponse')}</dt>
        <dd>{t('publishing.meeting.firstResponseValue', { p50: minutes(inbox.firstResponseP50), p90: minutes(inbox.firstResponseP90) })}</dd>
        <dt>{t('publishing.meeting.withinTarget')}</dt>
        <dd>{inbox.withinTargetPercent === null || inbox.withinTargetPercent === undefined ? '–' : `${number(inbox.withinTargetPercent)} %`}</dd>
      </dl>
      <h3 className="samtale-meeting-subheading">{t('publishing.meeting.rising')}</h3>
      {meeting.risingTopics.length === 0 ? (
        <BodyShort>{t('publishing.meeting.noRising')}</BodyShort>
      ) : (
        <ul>
          {meeting.risingTopics.map((topic) => (
            <li key={topic.word}>
              {t('publishing.meeting.risingValue', { word: topic.word, count: number(topic.conversations), before: number(topic.weekBefore) })}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
