import { useCallback } from 'react';
import { BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { Link as RouterLink } from 'react-router';
import { searchApi } from '../api/search';
import { hitPath } from '../search/SearchResult';
import { useT } from '../i18n/i18n';
import { useLoad } from '../common/useLoad';

/** Asked this often in a week, a question is worth a post: fewer is likely one person trying again. */
export const MANY_TIMES = 3;

const SHOWN = 5;

/**
 * The week's questions that came back again and again, offered to the editors beside their calendar as ideas for
 * posts: searches that found nothing, and answers advisors inserted into inbox replies many times over (a question
 * citizens keep asking, told by the answer it got, so no citizen's text leaves the inbox). The page of unanswered
 * questions turns one into an idea on a theme. Nothing is shown when none came back often, and this hint never
 * stands in the way of the calendar: a list that cannot be read is left out.
 */
export function AskedThisWeekSection() {
  const t = useT();
  const unanswered = useLoad(useCallback(() => searchApi.unanswered(7), []));
  const answered = useLoad(useCallback(() => searchApi.answeredOften(7), []));
  const searched = (unanswered.data ?? []).filter((q) => q.times >= MANY_TIMES).slice(0, SHOWN);
  const inboxed = (answered.data ?? []).filter((a) => a.times >= MANY_TIMES).slice(0, SHOWN);
  if (searched.length === 0 && inboxed.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="asked-this-week">
      <VStack gap="space-8">
        <Heading level="2" size="medium" id="asked-this-week">
          {t('publishing.asked.title')}
        </Heading>
        <BodyShort>{t('publishing.asked.intro')}</BodyShort>
        {searched.length > 0 && (
          <>
            <Heading level="3" size="small">
              {t('publishing.asked.unanswered')}
            </Heading>
            <ul aria-label={t('publishing.asked.unanswered')}>
              {searched.map((q) => (
                <li key={q.id}>
                  {q.question} ({t('publishing.asked.times', { times: String(q.times) })})
                </li>
              ))}
            </ul>
          </>
        )}
        {inboxed.length > 0 && (
          <>
            <Heading level="3" size="small">
              {t('publishing.asked.answered')}
            </Heading>
            <ul aria-label={t('publishing.asked.answered')}>
              {inboxed.map((a) => (
                <li key={`${a.source}:${a.id}`}>
                  <Link as={RouterLink} to={hitPath(a.source, a.id, a.space.id)}>
                    {a.title}
                  </Link>{' '}
                  ({t(`search.source.${a.source}` as 'search.source.INBOX')}, {t('publishing.asked.times', { times: String(a.times) })})
                </li>
              ))}
            </ul>
          </>
        )}
        <Link as={RouterLink} to="/sok/ubesvart">
          {t('publishing.asked.link')}
        </Link>
      </VStack>
    </section>
  );
}
