import { Fragment } from 'react';
import { BodyShort, Button, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { DownloadIcon } from '@navikt/aksel-icons';
import { privacyDownloads } from '../api/privacy';
import type { SubjectFindings as Findings, SubjectQuery, SubjectRecord } from '../api/types';
import { formatDateTime, useLanguage, type Translate } from '../i18n/i18n';
import { Section } from '../common/Section';
import { describeSubject } from './subjectText';
import { fieldName, fieldValueText, recordKindName } from './recordText';

interface Props {
  query: SubjectQuery;
  findings: Findings;
  onRequestErasure: () => void;
}

/** What the modules hold about the person, grouped by module, with the JSON export and the way to erasure. */
export function SubjectFindings({ query, findings, onRequestErasure }: Props) {
  const { t } = useLanguage();
  const sources = Object.entries(findings.sources);
  return (
    <Section heading={t('privacy.subjects.found')} id="subject-found-heading">
      <BodyShort>
        {t('privacy.subjects.foundSummary', { count: findings.records, who: describeSubject(query, t) })}
      </BodyShort>
      <BodyShort size="small" className="samtale-privacy-id">
        {t('privacy.subjects.fingerprint', { fingerprint: findings.fingerprint })}
      </BodyShort>
      <HStack gap="space-24" align="center" wrap>
        <Link href={privacyDownloads.subject(query)} download>
          <DownloadIcon aria-hidden />
          {t('privacy.subjects.export')}
        </Link>
        <Button variant="secondary" data-color="danger" onClick={onRequestErasure}>
          {t('privacy.subjects.requestErasure')}
        </Button>
      </HStack>
      {sources.map(([source, records]) => (
        <section key={source} aria-labelledby={`subject-source-${source}`}>
          <VStack gap="space-8">
            <Heading level="3" size="small" id={`subject-source-${source}`}>
              {t('privacy.subjects.source', { source: sourceName(source, t), count: records.length })}
            </Heading>
            {records.length === 0 ? (
              <BodyShort>{t('privacy.subjects.nothingHere')}</BodyShort>
            ) : (
              <VStack as="ul" gap="space-8" className="samtale-plain-list">
                {records.map((r) => (
                  <li key={`${r.source}-${r.id}`}>
                    <RecordCard record={r} />
                  </li>
                ))}
              </VStack>
            )}
          </VStack>
        </section>
      ))}
    </Section>
  );
}

/** One record's fields as plain text: whatever a citizen wrote is shown, never interpreted. */
function RecordCard({ record }: { record: SubjectRecord }) {
  const { t, language } = useLanguage();
  return (
    <div className="samtale-privacy-record">
      <BodyShort weight="semibold" spacing>
        {t('privacy.record.heading', { kind: recordKindName(record.source, t), id: record.id })}
        {record.at && ` · ${formatDateTime(record.at, language)}`}
      </BodyShort>
      <dl className="samtale-definitions">
        {Object.entries(record.fields).map(([key, value]) => (
          <Fragment key={key}>
            <dt>{fieldName(key, t)}</dt>
            <dd>{fieldValueText(key, value, t)}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}

/** The holders the platform has today have names in every language; a new one shows its own. */
function sourceName(source: string, t: Translate): string {
  if (source === 'inbox') return t('privacy.source.inbox');
  if (source === 'channels') return t('privacy.source.channels');
  return source;
}
