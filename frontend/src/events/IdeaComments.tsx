import { useState } from 'react';
import { BodyShort, Button, Textarea, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { Idea } from '../api/types';
import { errorText } from '../common/forms';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { Section } from '../common/Section';

/** The comments on an idea, oldest first, and the box to add one (commenting follows the idea). */
export function IdeaComments({ idea, onChanged }: { idea: Idea; onChanged: (status: string) => Promise<void> }) {
  const { t, language } = useLanguage();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function send(event: React.FormEvent) {
    event.preventDefault();
    if (body.trim() === '') {
      setProblem(t('events.idea.commentRequired'));
      return;
    }
    try {
      await eventsApi.commentIdea(idea.id, body.trim());
      setBody('');
      setProblem(null);
      await onChanged(t('events.idea.commented'));
    } catch (e) {
      setProblem(errorText(e, t));
    }
  }

  return (
    <Section heading={t('events.idea.comments')}>
      <VStack gap="space-16">
        {idea.comments.length === 0 ? (
          <BodyShort>{t('events.idea.noComments')}</BodyShort>
        ) : (
          <ol className="samtale-plain-list samtale-events-list">
            {idea.comments.map((comment) => (
              <li key={comment.id}>
                <BodyShort size="small" textColor="subtle">
                  {comment.author.name} · {formatDateTime(comment.createdAt, language)}
                </BodyShort>
                <BodyShort className="samtale-text">{comment.body}</BodyShort>
              </li>
            ))}
          </ol>
        )}
        {idea.status !== 'MERGED' && (
          <form onSubmit={(e) => void send(e)} noValidate>
            <VStack gap="space-8">
              <Textarea
                label={t('events.idea.comment')}
                maxLength={4000}
                value={body}
                onChange={(e) => setBody(e.target.value)}
                error={problem ?? undefined}
              />
              <div>
                <Button type="submit" variant="secondary">
                  {t('events.idea.sendComment')}
                </Button>
              </div>
            </VStack>
          </form>
        )}
      </VStack>
    </Section>
  );
}
