import { useState } from 'react';
import { Button, HStack } from '@navikt/ds-react';
import { archiveApi } from '../api/archive';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { errorText } from '../common/forms';

type Kind = 'ESCALATION' | 'HEARING' | 'POST';

interface Props {
  sourceKind: Kind;
  sourceId: number;
  /** Words a screen reader hears after "Journalfør" where many buttons share a page (a post's text in a table). */
  context?: string;
}

/**
 * "Journalfør" for an answered escalation, a published hearing summary or a published post, for archivists and
 * administrators (the server allows no one else). Stored once: pressing again names the same case number.
 */
export function JournalButton({ sourceKind, sourceId, context }: Props) {
  const t = useT();
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  if (!me.roles.includes('ARCHIVIST') && !me.roles.includes('ADMIN')) return null;

  async function journal() {
    setBusy(true);
    try {
      const { record } = await archiveApi.journal(sourceKind, sourceId);
      setSaid(t(`archive.journalButton.done.${sourceKind}`, { number: record.caseNumber }));
    } catch (e) {
      setSaid(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <HStack gap="space-8" align="center" wrap>
      <Button type="button" size="small" variant="secondary" loading={busy} onClick={() => void journal()}>
        {t('archive.journal.button')}
        {context && <span className="navds-sr-only">: {context}</span>}
      </Button>
      <span role="status" aria-live="polite">
        {said}
      </span>
    </HStack>
  );
}
