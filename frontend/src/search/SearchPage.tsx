import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Link, Pagination, VStack } from '@navikt/ds-react';
import { useMe } from '../shell/session';
import { searchApi } from '../api/search';
import type { SearchParams } from '../api/types';
import { useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { useLoad } from '../common/useLoad';
import { PageHeading } from '../common/PageHeading';
import { SearchFilters } from './SearchFilters';
import { SearchResult } from './SearchResult';
import './search.css';

const KEYS = ['q', 'source', 'space', 'kind', 'status', 'verified', 'from', 'to', 'sort'] as const;

function fromAddress(address: URLSearchParams): SearchParams {
  const params = Object.fromEntries(KEYS.map((k) => [k, address.get(k) ?? ''])) as Omit<SearchParams, 'page'>;
  return { ...params, sort: params.sort || 'relevance', page: Math.max(0, Number(address.get('page') ?? 0) || 0) };
}

function toAddress(params: SearchParams): URLSearchParams {
  const address = new URLSearchParams();
  KEYS.forEach((k) => params[k] && address.set(k, params[k]));
  if (params.page > 0) address.set('page', String(params.page));
  return address;
}

/** Search across every source (forum, inbox, canned answers, posts, nettprat): words, filters, sorting and pages, all kept in the address. */
export function SearchPage() {
  const t = useT();
  const me = useMe();
  const writesAnswers = ['ADMIN', 'EDITOR', 'MODERATOR'].some((role) => me.roles.includes(role as (typeof me.roles)[number]));
  const [address, setAddress] = useSearchParams();
  const params = useMemo(() => fromAddress(address), [address]);
  // Results are shown only for the filters in the address: the previous search's page (or the unfiltered one
  // before the address's filters were read) never flashes up while the new one loads.
  const { data: loaded, error } = useLoad(useCallback(async () => ({ params, page: await searchApi.search(params) }), [params]));
  const data = loaded !== null && toAddress(loaded.params).toString() === toAddress(params).toString() ? loaded.page : null;
  const search = (next: SearchParams) => setAddress(toAddress(next));

  return (
    <VStack gap="space-24">
      <PageHeading>{t('search.title')}</PageHeading>
      {writesAnswers && (
        <BodyShort>
          <Link as={RouterLink} to="/sok/ubesvart">
            {t('search.unanswered.link')}
          </Link>
        </BodyShort>
      )}
      <SearchFilters params={params} onSearch={search} error={error} />
      {/* Announced politely, so a screen reader user hears how many were found after each search. */}
      <div aria-live="polite" aria-atomic="true">
        {data && (
          <BodyShort>
            {data.totalElements === 0
              ? t('search.none')
              : t('search.count', { count: String(data.totalElements) })}
          </BodyShort>
        )}
      </div>
      {data === null && <LoadProblem error={error} />}
      {data && data.items.length > 0 && (
        <ul className="samtale-plain-list samtale-search-results" aria-label={t('search.results')}>
          {data.items.map((hit) => (
            <li key={`${hit.source}:${hit.id}`}>
              <SearchResult hit={hit} />
            </li>
          ))}
        </ul>
      )}
      {data && data.totalPages > 1 && (
        <Pagination
          page={params.page + 1}
          count={Math.min(data.totalPages, 500)}
          onPageChange={(p) => search({ ...params, page: p - 1 })}
          srHeading={{ tag: 'h2', text: t('search.pages') }}
        />
      )}
    </VStack>
  );
}
