import { Link as RouterLink } from 'react-router';
import { BodyLong, BodyShort, HStack, Heading, Link, Tag, VStack } from '@navikt/ds-react';
import type { SearchHit } from '../api/types';
import { useLanguage, useT } from '../i18n/i18n';
import { DiscussionStatusTag } from '../common/DiscussionStatusTag';
import { Marked } from './Marked';

/**
 * Where a hit is read: a forum discussion, an inbox conversation (only its team finds those), the team's canned
 * answers, the publishing calendar's post, or the nettprat (its "space").
 */
export function hitPath(source: string, id: number, spaceId?: number): string {
  switch (source) {
    case 'INBOX':
      return `/innboks/samtale/${id}`;
    case 'CANNED':
      return '/innboks/standardsvar';
    case 'POST':
      return '/publisering';
    case 'NETTPRAT':
      return spaceId === undefined ? '/nettprat' : `/nettprat/${spaceId}`;
    default:
      return `/forum/diskusjon/${id}`;
  }
}

/** One hit: the title links to the discussion or conversation; the snippet shows the matched words marked. */
export function SearchResult({ hit }: { hit: SearchHit }) {
  const t = useT();
  const { language } = useLanguage();
  const created = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'medium' }).format(new Date(hit.createdAt));
  return (
    <VStack gap="space-4">
      <Heading level="2" size="xsmall">
        <Link as={RouterLink} to={hitPath(hit.source, hit.id, hit.space.id)}>
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
        {hit.source === 'FORUM' ? (
          <DiscussionStatusTag status={hit.status} />
        ) : (
          <Tag size="xsmall" variant="neutral">
            {t(`search.source.${hit.source}` as 'search.source.INBOX')}
          </Tag>
        )}
      </HStack>
    </VStack>
  );
}
