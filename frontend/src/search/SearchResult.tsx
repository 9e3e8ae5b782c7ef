import { Link as RouterLink } from 'react-router';
import { BodyLong, BodyShort, HStack, Heading, Link, Tag, VStack } from '@navikt/ds-react';
import type { SearchHit } from '../api/types';
import { useLanguage, useT } from '../i18n/i18n';
import { DiscussionStatusTag } from '../common/DiscussionStatusTag';
import { Marked } from './Marked';

/** Where a hit is read: a forum discussion, or an inbox conversation (only its team finds those). */
export function hitPath(source: string, id: number): string {
  return source === 'INBOX' ? `/innboks/samtale/${id}` : `/forum/diskusjon/${id}`;
}

/** One hit: the title links to the discussion or conversation; the snippet shows the matched words marked. */
export function SearchResult({ hit }: { hit: SearchHit }) {
  const t = useT();
  const { language } = useLanguage();
  const created = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'medium' }).format(new Date(hit.createdAt));
  return (
    <VStack gap="space-4">
      <Heading level="2" size="xsmall">
        <Link as={RouterLink} to={hitPath(hit.source, hit.id)}>
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
        {hit.source === 'INBOX' ? (
          <Tag size="xsmall" variant="neutral">
            {t('search.source.INBOX')}
          </Tag>
        ) : (
          <DiscussionStatusTag status={hit.status} />
        )}
      </HStack>
    </VStack>
  );
}
