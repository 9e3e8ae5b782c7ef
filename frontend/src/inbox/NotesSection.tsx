import { useState } from 'react';
import { BodyShort, Button, Textarea, VStack } from '@navikt/ds-react';
import { inboxApi } from '../api/inbox';
import type { Note } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { inWords } from './replyProblems';
import { Section } from '../common/Section';
import { useSubmit } from '../common/useSubmit';
import { PersonalDataWarning } from '../common/PersonalDataWarning';

interface Props {
  conversationId: number;
  notes: Note[];
  onAdded: (note: Note, text: string) => void;
}

/** Internal notes: only colleagues see them, they never leave the agency. */
export function NotesSection({ conversationId, notes, onAdded }: Props) {
  const { t, language } = useLanguage();
  const [body, setBody] = useState('');
  const [required, setRequired] = useState<string | undefined>();
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });

  const add = submit(
    async () => {
      let note;
      try {
        note = await inboxApi.addNote(conversationId, body.trim());
      } catch (e) {
        throw inWords(e, t);
      }
      onAdded(note, t('inbox.notes.added'));
      setBody('');
    },
    () => (setRequired(body.trim() ? undefined : t('inbox.notes.required')), Boolean(body.trim())),
  );

  return (
    <Section heading={t('inbox.notes.heading')} id="notes-heading" size="xsmall" gap="space-8">
      <BodyShort size="small" className="samtale-meta">
        {t('inbox.notes.intro')}
      </BodyShort>
      {notes.length === 0 ? (
        <BodyShort size="small">{t('inbox.notes.empty')}</BodyShort>
      ) : (
        <VStack as="ul" gap="space-8" className="samtale-plain-list" aria-labelledby="notes-heading">
          {notes.map((n) => (
            <li key={n.id}>
              <BodyShort size="small" className="samtale-meta">
                {`${n.author.name}, ${formatDateTime(n.createdAt, language)}`}
              </BodyShort>
              <BodyShort as="p" size="small" className="samtale-text">
                {n.body}
              </BodyShort>
            </li>
          ))}
        </VStack>
      )}
      <form onSubmit={add} noValidate>
        <VStack gap="space-8">
          <Textarea
            label={t('inbox.notes.new')}
            size="small"
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            error={required ?? fieldError(error, 'body') ?? formLevelError(error, t) ?? undefined}
          />
          <PersonalDataWarning text={body} />
          <div>
            <Button type="submit" size="small" variant="secondary" loading={busy}>
              {t('inbox.notes.add')}
            </Button>
          </div>
        </VStack>
      </form>
    </Section>
  );
}
