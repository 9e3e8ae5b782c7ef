import { useCallback, useState } from 'react';
import { Alert, BodyShort, Button, Heading, HStack, Select, TextField, VStack } from '@navikt/ds-react';
import { DateField } from '../common/DateField';
import { errorText, fieldError } from '../common/forms';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { annotationsApi, type AnnotationKind, type Range } from './analyticsApi';

const KINDS: AnnotationKind[] = ['REFORM', 'CAMPAIGN', 'LIVE_CHAT', 'OTHER'];

/** The annotations of an account's charts over the range: listed, added (for the account or the agency), removed. */
export function AnnotationsPanel({ accountId, range, onChange }: { accountId: number; range: Range; onChange: () => void }) {
  const { t, language } = useLanguage();
  const [version, setVersion] = useState(0);
  const load = useCallback(() => annotationsApi.list(range, { accountId }), [accountId, range, version]);
  const { data } = useLoad(load);
  const [kind, setKind] = useState<AnnotationKind>('CAMPAIGN');
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState(range.to);
  const [to, setTo] = useState('');
  const [agency, setAgency] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const changed = () => {
    setVersion((v) => v + 1);
    onChange();
  };

  const submit = async () => {
    setError(null);
    try {
      await annotationsApi.create({ accountId: agency ? null : accountId, kind, title, from, to: to || undefined });
      setTitle('');
      changed();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section aria-label={t('analytics.annotations.heading')}>
      <Heading level="2" size="small" spacing>
        {t('analytics.annotations.heading')}
      </Heading>
      <VStack gap="space-12">
        {data && data.length === 0 && <BodyShort size="small">{t('analytics.annotations.none')}</BodyShort>}
        {data && data.length > 0 && (
          <ul className="samtale-analytics-annotations">
            {data.map((a) => (
              <li key={a.id}>
                <HStack gap="space-8" align="center" wrap>
                  <BodyShort size="small">
                    {t(`analytics.annotations.kind.${a.kind}`)}: {a.title} ({formatDate(a.from, language)}
                    {a.to !== a.from ? ` – ${formatDate(a.to, language)}` : ''})
                    {a.accountId === null && a.teamId === null ? ` · ${t('analytics.annotations.agency')}` : ''}
                  </BodyShort>
                  <Button size="xsmall" variant="tertiary" onClick={() => annotationsApi.remove(a.id).then(changed, setError)}>
                    {t('analytics.annotations.remove', { title: a.title })}
                  </Button>
                </HStack>
              </li>
            ))}
          </ul>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <HStack gap="space-12" align="end" wrap>
            <Select label={t('analytics.annotations.kind')} size="small" value={kind} onChange={(e) => setKind(e.target.value as AnnotationKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`analytics.annotations.kind.${k}`)}
                </option>
              ))}
            </Select>
            <TextField label={t('analytics.annotations.title')} size="small" value={title} maxLength={200}
              onChange={(e) => setTitle(e.target.value)} error={fieldError(error, 'title')} />
            <DateField label={t('analytics.from')} size="small" value={from} onChange={setFrom} error={fieldError(error, 'from')} />
            <DateField label={t('analytics.annotations.to')} size="small" value={to} onChange={setTo} error={fieldError(error, 'to')} />
            <Select label={t('analytics.annotations.scope')} size="small" value={agency ? 'agency' : 'account'}
              onChange={(e) => setAgency(e.target.value === 'agency')}>
              <option value="account">{t('analytics.annotations.thisAccount')}</option>
              <option value="agency">{t('analytics.annotations.agency')}</option>
            </Select>
            <Button type="submit" size="small" variant="secondary">
              {t('analytics.annotations.add')}
            </Button>
          </HStack>
        </form>
        {error !== null && !fieldError(error, 'title') && !fieldError(error, 'from') && !fieldError(error, 'to') && (
          <Alert variant="error" size="small">{errorText(error, t)}</Alert>
        )}
      </VStack>
    </section>
  );
}
