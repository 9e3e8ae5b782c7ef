import { Link as RouterLink } from 'react-router';
import { BodyLong, BodyShort, HStack, Heading, Link, VStack } from '@navikt/ds-react';
import type { SearchHit } from '../api/types';
import { useLanguage, useT } from '../i18n/i18n';
import { DiscussionStatusTag } from '../common/DiscussionStatusTag';
import { Marked } from './Marked';

/** One hit: the title links to the discussion; the snippet shows the matched words marked. */
export function SearchResult({ hit }: { hit: SearchHit }) {
  const t = useT();
  const { language } = useLanguage();
  const created = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'medium' }).format(new Date(hit.createdAt));
  return (
    <VStack gap="space-4">
      <Heading level="2" size="xsmall">
        <Link as={RouterLink} to={`/forum/diskusjon/${hit.id}`}>
          <span>
            <Marked html={hit.titleHtml} />
          </span>
        </Link>
      </Heading>
      <BodyLong size="small">
        <Marked html={hit.snippetHtml} />
      </BodyLong>
      <HStack gap="space-8" align="center">
        <BodyShort size="small" textColor="subtle">
          {t('search.hitMeta', { space: hit.space.name, date: created })}
        </BodyShort>
        <DiscussionStatusTag status={hit.status} />
      </HStack>
    </VStack>
  );
}
