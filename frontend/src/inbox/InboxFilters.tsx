import { useState } from 'react';
import { HStack, Search, Select } from '@navikt/ds-react';
import type { Account, InboxQuery, Person, Team } from '../api/types';
import { useT } from '../i18n/i18n';
import { RefSelect } from '../common/RefSelect';

interface Props {
  query: InboxQuery;
  onChange: (changes: Partial<InboxQuery>) => void;
  teams: Team[];
  accounts: Account[];
  labels: string[];
}

/** Team, account, assignee, label, kind, free text and order for the inbox list. */
export function InboxFilters({ query, onChange, teams, accounts, labels }: Props) {
  const t = useT();
  const [text, setText] = useState(query.q);
  const people = new Map<number, Person>();
  for (const team of teams) for (const p of team.members) people.set(p.id, p);
  const shownAccounts = query.teamId === null ? accounts : accounts.filter((a) => a.team.id === query.teamId);

  return (
    <HStack gap="space-16" align="end" wrap>
      <form role="search" onSubmit={(e) => (e.preventDefault(), onChange({ q: text }))}>
        <Search
          label={t('inbox.filter.q')}
          description={t('inbox.filter.qHint')}
          hideLabel={false}
          size="small"
          variant="secondary"
          value={text}
          onChange={setText}
          onClear={() => onChange({ q: '' })}
        />
      </form>
      <RefSelect
        label={t('inbox.filter.team')}
        size="small"
        noneLabel={t('inbox.filter.allTeams')}
        options={teams}
        value={query.teamId}
        onChange={(teamId) => onChange({ teamId, accountId: null })}
      />
      <RefSelect
        label={t('inbox.filter.account')}
        size="small"
        noneLabel={t('inbox.filter.allAccounts')}
        options={shownAccounts.map((a) => ({ id: a.id, name: `${a.name} (${t(`platform.${a.platform}`)})` }))}
        value={query.accountId}
        onChange={(accountId) => onChange({ accountId })}
      />
      <Select label={t('inbox.filter.assignee')} size="small" value={query.assignee} onChange={(e) => onChange({ assignee: e.target.value })}>
        <option value="">{t('inbox.filter.anyone')}</option>
        <option value="me">{t('inbox.filter.me')}</option>
        <option value="none">{t('inbox.filter.unassigned')}</option>
        {[...people.values()].map((p) => (
          <option key={p.id} value={String(p.id)}>
            {p.name}
          </option>
        ))}
      </Select>
      <Select label={t('inbox.filter.label')} size="small" value={query.label} onChange={(e) => onChange({ label: e.target.value })}>
        <option value="">{t('inbox.filter.allLabels')}</option>
        {labels.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </Select>
      <Select label={t('inbox.filter.kind')} size="small" value={query.kind} onChange={(e) => onChange({ kind: e.target.value as InboxQuery['kind'] })}>
        <option value="">{t('inbox.filter.allKinds')}</option>
        <option value="PUBLIC">{t('inbox.kind.PUBLIC')}</option>
        <option value="PRIVATE">{t('inbox.kind.PRIVATE')}</option>
      </Select>
      <Select label={t('inbox.filter.sort')} size="small" value={query.sort} onChange={(e) => onChange({ sort: e.target.value as InboxQuery['sort'] })}>
        <option value="oldest">{t('inbox.filter.oldest')}</option>
        <option value="newest">{t('inbox.filter.newest')}</option>
      </Select>
    </HStack>
  );
}
