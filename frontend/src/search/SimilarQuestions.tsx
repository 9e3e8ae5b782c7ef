import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, Heading, Link, Tag, VStack } from '@navikt/ds-react';
import { hitPath } from './SearchResult';
import { searchApi } from '../api/search';
import type { SimilarQuestion } from '../api/types';
import { useT } from '../i18n/i18n';
import { DiscussionStatusTag } from '../common/DiscussionStatusTag';
import { useDebouncedValue } from '../common/useDebouncedValue';
import './search.css';

/** The API refuses longer text; the start of a question says enough to find its like. */
export const MAX_QUESTION_TEXT = 1000;

/**
 * Counts a used suggestion (no user, no text). Only insertions count in the inbox, openings on the ask form;
 * a failure is ignored: counting is a help, not part of the work.
 */
function recordUse(q: SimilarQuestion, context: 'INBOX_REPLY' | 'FORUM_ASK', inserted: boolean) {
  if (context === 'INBOX_REPLY' && !inserted) return;
  searchApi.recordUse(q.source, q.id, context).catch(() => undefined);
}

/** Below this many letters a question says too little to compare. */
const MIN_TEXT = 8;

/** The sources whose answer can be inserted into a reply from here. */
const INSERTABLE: string[] = ['FORUM', 'INBOX'];

/**
 * Earlier questions like the one being written (or, in the inbox, the one a citizen asked), updated as the text
 * changes (after a pause). The list sits in a
 * polite live region, so screen reader users hear that suggestions arrived without losing their place.
 */
export function SimilarQuestions({
  text,
  intro,
  onInsert,
  source,
  exclude,
}: {
  text: string;
  intro?: string;
  onInsert?: (question: SimilarQuestion) => void;
  /** Only this source; without it, every source the reader may read (the inbox: the team's answers and the forum's). */
  source?: 'FORUM' | 'INBOX';
  /** The conversation being answered, which is not its own suggestion. */
  exclude?: { source: string; id: number };
}) {
  const t = useT();
  const settled = useDebouncedValue(text.trim().slice(0, MAX_QUESTION_TEXT), 400);
  const [found, setFound] = useState<SimilarQuestion[]>([]);

  useEffect(() => {
    if (settled.length < MIN_TEXT) {
      setFound([]);
      return;
    }
    let current = true;
    searchApi.similar(settled, exclude ? 6 : 5, source).then(
      (items) => current && setFound(items.filter((q) => !(exclude && q.source === exclude.source && q.id === exclude.id)).slice(0, 5)),
      // Suggestions are a help, not part of asking: a failure leaves the form as it was.
      () => current && setFound([]),
    );
    return () => {
      current = false;
    };
  }, [settled, source, exclude?.source, exclude?.id]);

  return (
    <div aria-live="polite">
      {found.length > 0 && (
        <div className="samtale-similar-box">
          <VStack gap="space-8">
            <Heading level="2" size="xsmall">
              {t('search.similar.heading')}
            </Heading>
            <BodyShort size="small">{intro ?? t('search.similar.intro')}</BodyShort>
            <ul className="samtale-plain-list samtale-similar">
              {found.map((q) => (
                <li key={q.id}>
                  <Link as={RouterLink} to={hitPath(q.source, q.id, q.space.id)} target="_blank" onClick={() => recordUse(q, onInsert ? 'INBOX_REPLY' : 'FORUM_ASK', false)}>
                    {q.title}
                    <span className="aksel-sr-only"> {t('search.similar.newTab')}</span>
                  </Link>{' '}
                  <BodyShort as="span" size="small" textColor="subtle">
                    {q.space.name}
                  </BodyShort>{' '}
                  {q.verified && <DiscussionStatusTag status="VERIFIED" />}
                  {q.source !== 'FORUM' && (
                    <Tag size="xsmall" variant="neutral">
                      {t(`search.source.${q.source}` as 'search.source.INBOX')}
                    </Tag>
                  )}
                  {/* Where there is a reply being written (the inbox), a forum answer or an earlier sent reply can go
                      straight into it; canned answers have their own picker, posts and nettprat answers are read. */}
                  {onInsert && INSERTABLE.includes(q.source) && (
                    <Button
                      type="button"
                      size="xsmall"
                      variant="secondary"
                      className="samtale-similar-insert"
                      aria-label={t('search.similar.insertLabel', { title: q.title })}
                      onClick={() => (recordUse(q, 'INBOX_REPLY', true), onInsert(q))}
                    >
                      {t('search.similar.insert')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </VStack>
        </div>
      )}
    </div>
  );
}
