import { useState } from 'react';
import { BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { ChevronDownIcon, ChevronUpIcon } from '@navikt/aksel-icons';
import { forumApi } from '../api/forum';
import type { Message } from '../api/types';
import { useT } from '../i18n/i18n';
import { BackOfficeNoteForm } from './BackOfficeNoteForm';
import { ForumLoadProblem } from './ForumLoadProblem';
import { MessageBody } from './MessageBody';
import { MessageHeader } from './MessageHeader';

/**
 * The moderators' and experts' own notes on a discussion, behind a disclosure button (its name is the
 * heading, so it says what it opens); loaded the first time it is opened.
 */
export function BackOffice({ discussionId }: { discussionId: number }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [notes, setNotes] = useState<Message[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  function toggle() {
    if (!open && notes === null) forumApi.backOffice(discussionId).then(setNotes, setError);
    setOpen(!open);
  }

  return (
    <section aria-labelledby="back-office-heading" className="samtale-forum-card">
      <Heading level="2" size="small" id="back-office-heading">
        <Button
          variant="tertiary"
          aria-expanded={open}
          aria-controls="back-office-content"
          icon={open ? <ChevronUpIcon aria-hidden /> : <ChevronDownIcon aria-hidden />}
          iconPosition="right"
          onClick={toggle}
        >
          {t('forum.backOffice.heading')}
        </Button>
      </Heading>
      <div id="back-office-content" hidden={!open}>
        {open && (
          <VStack gap="space-16" marginBlock="space-16 space-0">
            {notes === null ? (
              <ForumLoadProblem error={error} />
            ) : notes.length === 0 ? (
              <BodyShort>{t('forum.backOffice.empty')}</BodyShort>
            ) : (
              <VStack as="ol" gap="space-12" className="samtale-plain-list" aria-label={t('forum.backOffice.notes')}>
                {notes.map((note) => (
                  <li key={note.id} className="samtale-forum-card">
                    <MessageHeader message={note} />
                    <MessageBody message={note} />
                  </li>
                ))}
              </VStack>
            )}
            <BackOfficeNoteForm discussionId={discussionId} onAdded={(note) => setNotes([...(notes ?? []), note])} />
          </VStack>
        )}
      </div>
    </section>
  );
}
