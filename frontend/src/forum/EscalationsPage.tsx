import { useCallback, useState } from 'react';
import { BodyShort, Pagination, Select, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { ESCALATION_STATES, type EscalationState } from '../api/types';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import { EscalationItem } from './EscalationItem';
import { ForumBackLink } from './ForumBackLink';
import { ForumLoadProblem } from './ForumLoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import './forum.css';

export function EscalationsPage() {
  const t = useT();
  const [state, setState] = useState<EscalationState | ''>('');
  const [page, setPage] = useState(0);
  const { data, setData, error } = useLoad(useCallback(() => forumApi.escalations(state, page), [state, page]));
  const [status, setStatus] = useState<string | null>(null);

  return (
    <VStack gap="space-24">
      <ForumBackLink to="/forum" text={t('forum.backToForum')} />
      <PageHeading>{t('forum.escalations.title')}</PageHeading>
      <BodyShort>{t('forum.escalations.intro')}</BodyShort>
      <div>
        <Select label={t('forum.escalations.filter')} size="small" value={state} onChange={(e) => (setState(e.target.value as EscalationState | ''), setPage(0))}>
          <option value="">{t('forum.filter.all')}</option>
          {ESCALATION_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`forum.escalationState.${s}`)}
            </option>
          ))}
        </Select>
      </div>
      <StatusMessage text={status} />
      {data === null ? (
        <ForumLoadProblem error={error} />
      ) : data.items.length === 0 ? (
        <BodyShort>{t('forum.escalations.empty')}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-16" className="samtale-plain-list" aria-label={t('forum.escalations.title')}>
          {data.items.map((e) => (
            <li key={e.id}>
              <EscalationItem
                escalation={e}
                onChanged={(changed, text) => {
                  setData({ ...data, items: data.items.map((x) => (x.id === changed.id ? changed : x)) });
                  setStatus(text);
                }}
              />
            </li>
          ))}
        </VStack>
      )}
      {data && data.totalPages > 1 && (
        <Pagination page={page + 1} count={data.totalPages} onPageChange={(p) => setPage(p - 1)} srHeading={{ tag: 'h2', text: t('forum.pages') }} />
      )}
    </VStack>
  );
}
