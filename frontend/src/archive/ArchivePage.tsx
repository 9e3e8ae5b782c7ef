import { useCallback, useState, type ReactNode } from 'react';
import { BodyLong, VStack } from '@navikt/ds-react';
import { archiveApi } from '../api/archive';
import type { ArchiveRecord } from '../api/types';
import { useT } from '../i18n/i18n';
import { AdminPage } from '../shell/AdminPage';
import { SectionPage } from '../shell/SectionPage';
import { useMe } from '../shell/session';
import { LoadProblem } from '../common/LoadProblem';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { errorText } from '../common/forms';
import { ArchiveExtracts } from './ArchiveExtracts';
import { ArchiveRecords } from './ArchiveRecords';
import { ArchiveRules } from './ArchiveRules';
import './archive.css';

/** The archivist's page: what waits to be journaled, what was sent, what failed (with a retry), the rules, the extracts. */
export function ArchivePage() {
  const t = useT();
  const [status, setStatus] = useState<string | null>(null);
  const overview = useLoad(archiveApi.overview);
  const waiting = useLoad(useCallback(() => archiveApi.records('WAITING'), []));
  const failed = useLoad(useCallback(() => archiveApi.records('FAILED'), []));
  const sent = useLoad(useCallback(() => archiveApi.records('SENT'), []));
  const rules = useLoad(archiveApi.rules);
  const extracts = useLoad(archiveApi.extracts);
  const reloadExtracts = extracts.reload;

  async function retry(record: ArchiveRecord) {
    try {
      await archiveApi.retry(record.id);
      setStatus(t('archive.records.retried', { number: record.caseNumber }));
      void failed.reload();
      void waiting.reload();
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  return (
    <ArchiveFrame heading={t('archive.title')}>
      <VStack gap="space-32">
        <BodyLong>{t('archive.intro')}</BodyLong>
        {overview.data && <BodyLong>{overview.data.liveJournaling ? t('archive.live.on') : t('archive.live.off')}</BodyLong>}
        <StatusMessage text={status} />
        <Section heading={t('archive.waiting')} id="archive-waiting-heading">
          {waiting.data === null ? <LoadProblem error={waiting.error} /> : <ArchiveRecords records={waiting.data} labelledBy="archive-waiting-heading" />}
        </Section>
        <Section heading={t('archive.failed')} id="archive-failed-heading">
          {failed.data === null ? (
            <LoadProblem error={failed.error} />
          ) : (
            <ArchiveRecords records={failed.data} labelledBy="archive-failed-heading" onRetry={(r) => void retry(r)} />
          )}
        </Section>
        <Section heading={t('archive.sent')} id="archive-sent-heading">
          {sent.data === null ? <LoadProblem error={sent.error} /> : <ArchiveRecords records={sent.data} labelledBy="archive-sent-heading" />}
        </Section>
        <Section heading={t('archive.rules.title')}>
          {rules.data === null ? (
            <LoadProblem error={rules.error} />
          ) : (
            <ArchiveRules
              rules={rules.data}
              onSaved={(rule) => {
                setStatus(t('archive.rules.saved', { name: t(`archive.source.${rule.sourceKind}`) }));
                void rules.reload();
              }}
            />
          )}
        </Section>
        <Section heading={t('archive.extracts.title')} id="archive-extracts-heading">
          <BodyLong>{t('archive.extracts.intro')}</BodyLong>
          {extracts.data === null ? (
            <LoadProblem error={extracts.error} />
          ) : (
            <ArchiveExtracts extracts={extracts.data} onChanged={reloadExtracts} onStatus={setStatus} />
          )}
        </Section>
      </VStack>
    </ArchiveFrame>
  );
}

/** Administrators see the page among the admin pages; an archivist (not an administrator) on its own. */
function ArchiveFrame({ heading, children }: { heading: string; children: ReactNode }) {
  const t = useT();
  const me = useMe();
  if (me.roles.includes('ADMIN')) return <AdminPage heading={heading}>{children}</AdminPage>;
  return (
    <SectionPage
      allowed={me.roles.includes('ARCHIVIST')}
      forbiddenBody={t('archive.forbidden')}
      navLabel={t('archive.nav')}
      links={[{ to: '/arkiv', label: t('archive.title') }]}
      heading={heading}
    >
      {children}
    </SectionPage>
  );
}
