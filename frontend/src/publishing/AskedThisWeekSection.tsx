import { useCallback } from 'react';
import { BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { searchApi } from '../api/search';
import { useT } from '../i18n/i18n';
import { useLoad } from '../common/useLoad';

/** Asked this often in a week, a question is worth a post: fewer is likely one person trying again. */
export const MANY_TIMES = 3;

const SHOWN = 5;

/**
 * Questions searched for this week that found nothing, offered to the editors beside their calendar as ideas for
 * posts; the page of unanswered questions turns one into an idea on a theme. Nothing is shown when none was asked
 * often, and this hint never stands in the way of the calendar: if the list cannot be read, it is left out.
 */
export function AskedThisWeekSection() {
  const t = useT();
  const list = useLoad(useCallback(() => searchApi.unanswered(7), []));
  const often = (list.data ?? []).filter((q) => q.times >= MANY_TIMES).slice(0, SHOWN);
  if (often.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="asked-this-week">
      <VStack gap="space-8">
        <Heading level="2" size="medium" id="asked-this-week">
          {t('publishing.asked.title')}
        </Heading>
        <BodyShort>{t('publishing.asked.intro')}</BodyShort>
        <ul>
          {often.map((q) => (
            <li key={q.id}>
              {q.question} ({t('publishing.asked.times', { times: String(q.times) })})
            </li>
          ))}
        </ul>
        <Link as={RouterLink} to="/sok/ubesvart">
          {t('publishing.asked.link')}
        </Link>
      </VStack>
    </section>
  );
}
