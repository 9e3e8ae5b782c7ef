import { useState } from 'react';
import { Alert, BodyLong, BodyShort, Button, HStack, VStack } from '@navikt/ds-react';
import { privacyApi } from '../api/privacy';
import type { RetentionPolicy, RetentionRun } from '../api/types';
import { useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { ConfirmModal } from '../common/ConfirmModal';
import { Section } from '../common/Section';
import { errorText } from '../common/forms';
import { keptFor } from './retentionText';
import { PrivacyPage } from './PrivacyPage';
import { RetentionModal } from './RetentionModal';
import { RetentionReport } from './RetentionReport';
import { RetentionRuns } from './RetentionRuns';
import { RetentionTable } from './RetentionTable';

/** The retention rules, a dry run of what they would remove today, a run on demand, and the latest runs. */
export function RetentionPage() {
  const t = useT();
  const policies = useLoad(privacyApi.retention);
  const runs = useLoad(privacyApi.retentionRuns);
  const [editing, setEditing] = useState<RetentionPolicy | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [dryRunning, setDryRunning] = useState(false);
  const [report, setReport] = useState<RetentionRun | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  function finished(run: RetentionRun) {
    setReport(run);
    setStatus(t(run.dryRun ? 'privacy.retention.dryRunDone' : 'privacy.retention.runDone', { count: run.records }));
    void runs.reload();
  }

  async function dryRun() {
    setDryRunning(true);
    setFailure(null);
    try {
      finished(await privacyApi.runRetention(true));
    } catch (e) {
      setFailure(errorText(e, t));
    } finally {
      setDryRunning(false);
    }
  }

  return (
    <PrivacyPage heading={t('privacy.retention.title')}>
      <VStack gap="space-32">
        <BodyLong>{t('privacy.retention.intro')}</BodyLong>
        <StatusMessage text={status} />
        <Section heading={t('privacy.retention.rules')} id="retention-rules-heading">
          {policies.data === null ? <LoadProblem error={policies.error} /> : <RetentionTable policies={policies.data} onEdit={setEditing} />}
        </Section>
        <Section heading={t('privacy.retention.runHeading')}>
          <BodyLong>{t('privacy.retention.runIntro')}</BodyLong>
          {failure && <Alert variant="error">{failure}</Alert>}
          <HStack gap="space-16">
            <Button variant="secondary" loading={dryRunning} onClick={() => void dryRun()}>
              {t('privacy.retention.dryRun')}
            </Button>
            <Button data-color="danger" onClick={() => setConfirming(true)}>
              {t('privacy.retention.runNow')}
            </Button>
          </HStack>
        </Section>
        {report && <RetentionReport run={report} />}
        <Section heading={t('privacy.retention.recentRuns')} id="retention-runs-heading">
          {runs.data === null ? (
            <LoadProblem error={runs.error} />
          ) : runs.data.length === 0 ? (
            <BodyShort>{t('privacy.retention.noRuns')}</BodyShort>
          ) : (
            <RetentionRuns runs={runs.data} onShow={setReport} />
          )}
        </Section>
      </VStack>
      {editing && (
        <RetentionModal
          policy={editing}
          onSaved={(p) => {
            setEditing(null);
            setStatus(t('privacy.retention.saved', { name: t(`privacy.category.${p.category}`), keptFor: keptFor(p.months, t) }));
            void policies.reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
      {confirming && (
        <ConfirmModal
          heading={t('privacy.retention.confirmHeading')}
          body={t('privacy.retention.confirmBody')}
          confirm={t('privacy.retention.confirm')}
          onConfirm={async () => {
            const run = await privacyApi.runRetention(false);
            setConfirming(false);
            finished(run);
          }}
          onClose={() => setConfirming(false)}
        />
      )}
    </PrivacyPage>
  );
}
