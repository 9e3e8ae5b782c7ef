import { useEffect, useState, type FormEvent } from 'react';
import { HStack, Search, Select, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { SearchParams, SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError } from '../common/forms';
import { DateField } from '../common/DateField';

/** The kinds of text one search covers; the API takes the same names as `source`. */
export const SOURCES = ['FORUM', 'INBOX', 'CANNED', 'POST', 'NETTPRAT'] as const;

/** The search box and its filters; the page keeps them in the address so a search can be linked and revisited. */
export function SearchFilters({ params, onSearch, error }: { params: SearchParams; onSearch: (p: SearchParams) => void; error: unknown }) {
  const t = useT();
  const [draft, setDraft] = useState(params);
  const [spaces, setSpaces] = useState<SpaceSummary[]>([]);

  useEffect(() => setDraft(params), [params]);
  useEffect(() => {
    forumApi.spaces().then(
      (page) => setSpaces(page.items),
      () => setSpaces([]),
    );
  }, []);

  const set = (key: keyof SearchParams) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch({ ...draft, page: 0 });
  }

  return (
    <form onSubmit={submit} role="search" aria-label={t('search.title')}>
      <VStack gap="space-16">
        {/* Its search button also applies the filters below: they are one form. */}
        <Search
          label={t('search.query')}
          description={t('search.queryHelp')}
          variant="primary"
          value={draft.q}
          onChange={set('q')}
          onClear={() => set('q')('')}
          error={fieldError(error, 'q')}
          maxLength={1000}
        />
        <HStack gap="space-16" wrap className="samtale-search-filters">
          <Select label={t('search.sourceFilter')} size="small" value={draft.source} onChange={(e) => set('source')(e.target.value)}>
            <option value="">{t('search.any')}</option>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {t(`search.source.${s}`)}
              </option>
            ))}
          </Select>
          <Select label={t('search.space')} size="small" value={draft.space} onChange={(e) => set('space')(e.target.value)}>
            <option value="">{t('search.any')}</option>
            {spaces.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </Select>
          <Select label={t('search.kind')} size="small" value={draft.kind} onChange={(e) => set('kind')(e.target.value)}>
            <option value="">{t('search.any')}</option>
            <option value="TOPIC">{t('forum.kind.TOPIC')}</option>
            <option value="GROUP">{t('forum.kind.GROUP')}</option>
          </Select>
          <Select label={t('search.status')} size="small" value={draft.status} onChange={(e) => set('status')(e.target.value)}>
            <option value="">{t('search.any')}</option>
            <option value="OPEN">{t('forum.status.OPEN')}</option>
            <option value="ANSWERED">{t('forum.status.ANSWERED')}</option>
            <option value="VERIFIED">{t('forum.status.VERIFIED')}</option>
          </Select>
          <Select label={t('search.verified')} size="small" value={draft.verified} onChange={(e) => set('verified')(e.target.value)}>
            <option value="">{t('search.any')}</option>
            <option value="true">{t('search.verifiedOnly')}</option>
            <option value="false">{t('search.unverifiedOnly')}</option>
          </Select>
          <DateField label={t('search.from')} size="small" value={draft.from} onChange={set('from')} error={fieldError(error, 'from')} />
          <DateField label={t('search.to')} size="small" value={draft.to} onChange={set('to')} error={fieldError(error, 'to')} />
          <Select label={t('search.sort')} size="small" value={draft.sort} onChange={(e) => set('sort')(e.target.value)}>
            <option value="relevance">{t('search.sort.relevance')}</option>
            <option value="newest">{t('search.sort.newest')}</option>
          </Select>
        </HStack>
      </VStack>
    </form>
  );
}
