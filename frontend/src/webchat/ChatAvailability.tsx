import { Alert, BodyShort, VStack } from '@navikt/ds-react';
import type { WebChatInfo } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { formatOpening, formatOpeningHours, nextOpening } from '../common/openingHours';

/** Opening hours, whether the chat is open now, and an honest expected wait (or that it cannot be told). */
export function ChatAvailability({ info }: { info: WebChatInfo }) {
  const { t, language } = useLanguage();
  const hours = formatOpeningHours(info.openingHours, t);
  if (!info.openNow) {
    const computed = nextOpening(info.openingHours);
    const next = info.nextOpening ? formatDateTime(info.nextOpening, language) : computed && formatOpening(computed, t);
    return (
      <Alert variant="info">
        <VStack gap="space-4">
          <BodyShort weight="semibold">{t('chat.closed')}</BodyShort>
          {next && <BodyShort>{t('chat.opensAgain', { when: next })}</BodyShort>}
          <BodyShort>{t('chat.hours', { hours })}</BodyShort>
        </VStack>
      </Alert>
    );
  }
  // With no one waiting there is nothing to estimate: the next advisor free answers.
  const wait =
    info.queueLength === 0 || (info.expectedWaitMinutes !== null && info.expectedWaitMinutes <= 1)
      ? t('chat.waitShort')
      : info.expectedWaitMinutes === null
        ? t('chat.waitUnknown')
        : t('chat.wait', { minutes: info.expectedWaitMinutes });
  return (
    <Alert variant="success">
      <VStack gap="space-4">
        <BodyShort weight="semibold">{t('chat.open')}</BodyShort>
        <BodyShort>{`${wait} ${t('chat.queue', { count: info.queueLength })}`}</BodyShort>
        <BodyShort>{t('chat.hours', { hours })}</BodyShort>
      </VStack>
    </Alert>
  );
}
