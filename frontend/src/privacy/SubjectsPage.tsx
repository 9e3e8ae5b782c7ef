import { useState } from 'react';
import { BodyLong, BodyShort, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { privacyApi } from '../api/privacy';
import { PROBLEM_OWN_APPROVAL } from '../api/problems';
import type { Erasure, SubjectFindings as Findings, SubjectQuery } from '../api/types';
import { useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { ConfirmModal } from '../common/ConfirmModal';
import { Section } from '../common/Section';
import { ErasureList } from './ErasureList';
import { ErasureModal } from './ErasureModal';
import { PrivacyPage } from './PrivacyPage';
import { RejectErasureModal } from './RejectErasureModal';
import { SubjectFindings } from './SubjectFindings';
import { SubjectSearch } from './SubjectSearch';

type Dialog = { kind: 'request' } | { kind: 'approve' | 'reject'; erasure: Erasure; who: string } | null;

/** Data-subject requests: find what is held about a person, export it, and erase it with four eyes. */
export function SubjectsPage() {
  const t = useT();
  const erasures = useLoad(privacyApi.erasures);
  const [found, setFound] = useState<{ query: SubjectQuery; findings: Findings } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState<string | null>(null);

  async function search(query: SubjectQuery) {
    setFound(null);
    const findings = await privacyApi.findSubject(query);
    setFound({ query, findings });
    setStatus(t('privacy.subjects.foundStatus', { count: findings.records }));
  }

  // The server's refusal of one's own request is in English; the rule is said in the reader's language.
  async function approve(id: number) {
    try {
      return await privacyApi.approveErasure(id);
    } catch (e) {
      if (e instanceof ApiError && e.type === PROBLEM_OWN_APPROVAL) throw new ApiError(e.status, { detail: t('privacy.erasure.ownRequest') });
      throw e;
    }
  }

  function done(text: string) {
    setDialog(null);
    setStatus(text);
    void erasures.reload();
  }

  return (
    <PrivacyPage heading={t('privacy.subjects.title')}>
      <VStack gap="space-32">
        <BodyLong>{t('privacy.subjects.intro')}</BodyLong>
        <StatusMessage text={status} />
        <Section heading={t('privacy.subjects.searchHeading')} id="subject-search-heading">
          <SubjectSearch onSearch={search} />
        </Section>
        {found && <SubjectFindings query={found.query} findings={found.findings} onRequestErasure={() => setDialog({ kind: 'request' })} />}
        <Section heading={t('privacy.erasure.listHeading')} id="erasures-heading">
          <BodyShort>{t('privacy.erasure.fourEyes')}</BodyShort>
          {erasures.data === null ? (
            <LoadProblem error={erasures.error} />
          ) : erasures.data.length === 0 ? (
            <BodyShort>{t('privacy.erasure.none')}</BodyShort>
          ) : (
            <ErasureList
              erasures={erasures.data}
              onApprove={(erasure, who) => setDialog({ kind: 'approve', erasure, who })}
              onReject={(erasure, who) => setDialog({ kind: 'reject', erasure, who })}
            />
          )}
        </Section>
      </VStack>
      {dialog?.kind === 'request' && found && (
        <ErasureModal subject={found.query} onRequested={() => done(t('privacy.erasure.requestSent'))} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'approve' && (
        <ConfirmModal
          heading={t('privacy.erasure.approveHeading')}
          body={t('privacy.erasure.approveBody', { who: dialog.who })}
          confirm={t('privacy.erasure.approveConfirm')}
          onConfirm={async () => {
            const erased = await approve(dialog.erasure.id);
            // What the page shows of the person is gone from the platform now; so it goes from the screen.
            setFound(null);
            done(t('privacy.erasure.approved', { count: erased.erasedRecords ?? 0 }));
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'reject' && (
        <RejectErasureModal
          erasure={dialog.erasure}
          who={dialog.who}
          onRejected={() => done(t('privacy.erasure.rejected'))}
          onClose={() => setDialog(null)}
        />
      )}
    </PrivacyPage>
  );
}
