import { useState } from 'react';
import { Alert, Button, HStack, Select, TextField, Textarea, VStack } from '@navikt/ds-react';
import { PLATFORMS, type SubjectQuery } from '../api/types';
import { useT } from '../i18n/i18n';
import { ApiError } from '../api/http';
import { errorText, fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

const EMPTY: SubjectQuery = { platform: '', externalId: '', name: '', reason: '' };

interface Props {
  /** Runs the search; a failure's field errors land on the fields. */
  onSearch: (query: SubjectQuery) => Promise<void>;
}

/** Finds one external person by platform id or name; the reason is required, since the search is logged. */
export function SubjectSearch({ onSearch }: Props) {
  const t = useT();
  const [form, setForm] = useState(EMPTY);
  const [missing, setMissing] = useState<Partial<Record<keyof SubjectQuery, string>>>({});
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const set = (key: keyof SubjectQuery) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const problem = (key: keyof SubjectQuery) => missing[key] ?? fieldError(error, key);
  const forAField = error instanceof ApiError && Object.keys(error.fieldErrors).length > 0;

  function valid() {
    const found: Partial<Record<keyof SubjectQuery, string>> = {};
    if (!form.externalId.trim() && !form.name.trim()) found.externalId = t('privacy.subjects.whoRequired');
    if (!form.reason.trim()) found.reason = t('privacy.subjects.reasonRequired');
    setMissing(found);
    return Object.keys(found).length === 0;
  }

  const search = submit(async () => {
    await onSearch({
      platform: form.platform,
      externalId: form.externalId.trim(),
      name: form.name.trim(),
      reason: form.reason.trim(),
    });
  }, valid);

  return (
    <form onSubmit={search} role="search" aria-labelledby="subject-search-heading" noValidate>
      <VStack gap="space-16">
        <HStack gap="space-16" align="start" wrap>
          <Select label={t('privacy.subjects.platform')} value={form.platform} onChange={(e) => set('platform')(e.target.value)} error={problem('platform')}>
            <option value="">{t('privacy.subjects.anyPlatform')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platform.${p}`)}
              </option>
            ))}
          </Select>
          <TextField
            id="subject-external-id"
            label={t('privacy.subjects.externalId')}
            description={t('privacy.subjects.externalIdHelp')}
            value={form.externalId}
            onChange={(e) => set('externalId')(e.target.value)}
            error={problem('externalId')}
          />
          <TextField
            id="subject-name"
            label={t('privacy.subjects.name')}
            description={t('privacy.subjects.nameHelp')}
            value={form.name}
            onChange={(e) => set('name')(e.target.value)}
            error={problem('name')}
          />
        </HStack>
        <Textarea
          id="subject-reason"
          label={t('privacy.subjects.reason')}
          description={t('privacy.subjects.reasonHelp')}
          value={form.reason}
          onChange={(e) => set('reason')(e.target.value)}
          error={problem('reason')}
          maxLength={500}
          minRows={2}
        />
        {error !== null && !forAField && (
          <Alert variant="error" role="alert">
            {errorText(error, t)}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={busy}>
            {t('privacy.subjects.search')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
