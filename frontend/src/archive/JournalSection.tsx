import { useState } from 'react';
import { BodyShort, Button, HStack } from '@navikt/ds-react';
import { archiveApi } from '../api/archive';
import { useT } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { Section } from '../common/Section';
import { errorText } from '../common/forms';

interface Props {
  conversationId: number;
  /** Whether the reader is in the conversation's team (advisors journal their teams' conversations). */
  memberOfTeam: boolean;
  onSaid: (text: string) => void;
}

/**
 * Journaling one conversation by hand, for the cases the automatic rule does not catch (a public thread that became
 * case handling). Stored once: pressing again names the same case number.
 */
export function JournalSection({ conversationId, memberOfTeam, onSaid }: Props) {
  const t = useT();
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const allowed = (memberOfTeam && me.roles.includes('ADVISOR')) || me.roles.includes('ARCHIVIST') || me.roles.includes('ADMIN');
  if (!allowed) return null;

  async function journal() {
    setBusy(true);
    try {
      const { record } = await archiveApi.journal('CONVERSATION', conversationId);
      const values = { number: record.caseNumber };
      onSaid(record.closedAt ? t('archive.journal.done', values) : t('archive.journal.doneOpen', values));
    } catch (e) {
      onSaid(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section heading={t('archive.journal.heading')} size="xsmall" gap="space-8">
      <BodyShort size="small">{t('archive.journal.intro')}</BodyShort>
      <HStack>
        <Button size="small" variant="secondary" loading={busy} onClick={() => void journal()}>
          {t('archive.journal.button')}
        </Button>
      </HStack>
    </Section>
  );
}
