import { BodyShort, Heading, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import type { GuideAnswerView } from './guideApi';

/** The routes as a citizen would get them, best first, in the language asked for. */
export function GuidePreview({ answer }: { answer: GuideAnswerView }) {
  const t = useT();
  return (
    <VStack gap="space-8" aria-live="polite">
      {answer.advice && <BodyShort lang={answer.lang}>{answer.advice}</BodyShort>}
      <ol className="samtale-guide-routes">
        {answer.routes.map((route, index) => (
          <li key={index}>
            <Heading level="3" size="xsmall" lang={answer.lang}>
              {route.title}
            </Heading>
            <BodyShort size="small">
              {[t(`guide.channel.${route.channel}`), route.description, route.phone, route.address, route.url, route.openingHours]
                .filter(Boolean)
                .join(' · ')}
            </BodyShort>
          </li>
        ))}
      </ol>
    </VStack>
  );
}
