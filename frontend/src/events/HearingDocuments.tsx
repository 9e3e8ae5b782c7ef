import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, HStack, Link, Select, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { forumApi } from '../api/forum';
import type { Hearing } from '../api/types';
import { errorText } from '../common/forms';
import { Section } from '../common/Section';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/i18n';

/**
 * A hearing's documents (the creator adds them while it is open), its exports as PDF and XLSX, and, after the
 * deadline, the publishing of its final summary as a forum discussion.
 */
export function HearingDocuments({ hearing, onChanged }: { hearing: Hearing; onChanged: (status: string) => Promise<void> }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const base = `/api/v1/hearings/${hearing.id}`;

  async function upload(event: React.FormEvent) {
    event.preventDefault();
    if (file === null) {
      setProblem(t('events.hearing.chooseFile'));
      return;
    }
    try {
      await eventsApi.attachToHearing(hearing.id, file);
      setFile(null);
      setProblem(null);
      await onChanged(t('events.hearing.attached'));
    } catch (e) {
      setProblem(errorText(e, t));
    }
  }

  return (
    <Section heading={t('events.hearing.documents')}>
      <VStack gap="space-16">
        {hearing.attachments.length === 0 ? (
          <BodyShort>{t('events.hearing.noDocuments')}</BodyShort>
        ) : (
          <ul className="samtale-plain-list">
            {hearing.attachments.map((a) => (
              <li key={a.id}>
                <Link href={`${base}/attachments/${a.id}`}>{a.filename}</Link>
              </li>
            ))}
          </ul>
        )}
        {hearing.canManage && hearing.open && (
          <form onSubmit={(e) => void upload(e)} noValidate>
            <VStack gap="space-8">
              <label htmlFor="hearing-file">
                <BodyShort weight="semibold">{t('events.hearing.addDocument')}</BodyShort>
                <BodyShort size="small" textColor="subtle">
                  {t('events.hearing.documentHelp')}
                </BodyShort>
              </label>
              <input
                id="hearing-file"
                type="file"
                accept="application/pdf,image/png,image/jpeg,image/gif,image/webp"
                aria-invalid={problem !== null}
                aria-describedby={problem !== null ? 'hearing-file-problem' : undefined}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
              {problem !== null && (
                <BodyShort id="hearing-file-problem" className="navds-error-message">
                  {problem}
                </BodyShort>
              )}
              <div>
                <Button type="submit" variant="secondary">
                  {t('events.hearing.upload')}
                </Button>
              </div>
            </VStack>
          </form>
        )}
        <HStack gap="space-16" wrap>
          <Link href={`${base}/export.pdf`}>{t('events.hearing.exportPdf')}</Link>
          <Link href={`${base}/export.xlsx`}>{t('events.hearing.exportXlsx')}</Link>
        </HStack>
        {hearing.publishedDiscussionId !== null && (
          <BodyShort>
            <Link as={RouterLink} to={`/forum/diskusjon/${hearing.publishedDiscussionId}`}>
              {t('events.hearing.publishedLink')}
            </Link>
          </BodyShort>
        )}
        {hearing.canManage && !hearing.open && hearing.publishedDiscussionId === null && (
          <PublishSummary hearingId={hearing.id} onChanged={onChanged} />
        )}
      </VStack>
    </Section>
  );
}

function PublishSummary({ hearingId, onChanged }: { hearingId: number; onChanged: (status: string) => Promise<void> }) {
  const t = useT();
  const spaces = useLoad(forumApi.spaces).data?.items ?? [];
  const [space, setSpace] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function publish() {
    try {
      await eventsApi.publishHearing(hearingId, Number(space));
      await onChanged(t('events.hearing.published'));
    } catch (e) {
      setProblem(errorText(e, t));
    }
  }

  return (
    <HStack gap="space-8" align="end" wrap>
      <Select
        label={t('events.hearing.publishIn')}
        description={t('events.hearing.publishHelp')}
        value={space}
        onChange={(e) => setSpace(e.target.value)}
        error={problem ?? undefined}
      >
        <option value="">{t('events.hearing.chooseSpace')}</option>
        {spaces.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
      <Button disabled={space === ''} onClick={() => void publish()}>
        {t('events.hearing.publish')}
      </Button>
    </HStack>
  );
}
