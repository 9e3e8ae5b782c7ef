import { useState, type FormEvent } from 'react';
import { Button, HStack, Select, TextField } from '@navikt/ds-react';
import { ACCESS_ACTIONS, type AccessLogQuery } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError } from '../common/forms';
import { DateField } from '../common/DateField';

interface Props {
  query: AccessLogQuery;
  /** The error the last search failed with: a bad date is shown on its field. */
  error: unknown;
  onSearch: (query: AccessLogQuery) => void;
}

/** The access log's filters; nothing is fetched until the form is sent. */
export function AccessLogFilters({ query, error, onSearch }: Props) {
  const t = useT();
  const [draft, setDraft] = useState(query);
  const set = (key: keyof AccessLogQuery) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch({ ...draft });
  }

  return (
    <form onSubmit={submit} role="search" aria-label={t('privacy.accessLog.filters')} noValidate>
      <HStack gap="space-16" align="end" wrap>
        <TextField label={t('privacy.accessLog.username')} size="small" htmlSize={14} value={draft.username} onChange={(e) => set('username')(e.target.value)} error={fieldError(error, 'username')} />
        <Select label={t('privacy.accessLog.action')} size="small" value={draft.action} onChange={(e) => set('action')(e.target.value)} error={fieldError(error, 'action')}>
          <option value="">{t('privacy.accessLog.anyAction')}</option>
          {ACCESS_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`privacy.action.${a}`)}
            </option>
          ))}
        </Select>
        <TextField
          label={t('privacy.accessLog.subjectKind')}
          description={t('privacy.accessLog.subjectKindHelp')}
          size="small"
          htmlSize={14}
          value={draft.subjectKind}
          onChange={(e) => set('subjectKind')(e.target.value)}
          error={fieldError(error, 'subjectKind')}
        />
        <TextField label={t('privacy.accessLog.subjectId')} size="small" htmlSize={14} value={draft.subjectId} onChange={(e) => set('subjectId')(e.target.value)} error={fieldError(error, 'subjectId')} />
        <DateField label={t('privacy.accessLog.from')} size="small" value={draft.from} onChange={set('from')} error={fieldError(error, 'from')} />
        <DateField label={t('privacy.accessLog.to')} size="small" value={draft.to} onChange={set('to')} error={fieldError(error, 'to')} />
        <Button type="submit" size="small">
          {t('privacy.accessLog.search')}
        </Button>
      </HStack>
    </form>
  );
}
