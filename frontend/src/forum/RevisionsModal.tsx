import { useCallback } from 'react';
import { BodyShort, Button, Modal, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { ForumLoadProblem } from './ForumLoadProblem';
import { useLoad } from '../common/useLoad';

/**
 * A message's earlier texts. They are shown as plain text, never as HTML: nobody has sanitised them
 * for display, and the Markdown source is what a moderator needs to see anyway.
 */
export function RevisionsModal({ messageId, onClose }: { messageId: number; onClose: () => void }) {
  const { t, language } = useLanguage();
  const { data, error } = useLoad(useCallback(() => forumApi.revisions(messageId), [messageId]));

  return (
    <Modal open onClose={onClose} header={{ heading: t('forum.history.heading') }} width="medium">
      <Modal.Body>
        {data === null ? (
          <ForumLoadProblem error={error} />
        ) : data.length === 0 ? (
          <BodyShort>{t('forum.history.empty')}</BodyShort>
        ) : (
          <VStack as="ol" gap="space-16" className="samtale-plain-list" aria-label={t('forum.history.list')}>
            {data.map((revision, i) => (
              <li key={`${revision.editedAt}-${i}`}>
                <VStack gap="space-4">
                  <BodyShort size="small" className="samtale-meta">
                    <time dateTime={revision.editedAt}>{formatDateTime(revision.editedAt, language)}</time>
                    {` · ${revision.editedBy.name}`}
                  </BodyShort>
                  <pre className="samtale-forum-plain samtale-forum-revision">{revision.body}</pre>
                </VStack>
              </li>
            ))}
          </VStack>
        )}
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" variant="secondary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
