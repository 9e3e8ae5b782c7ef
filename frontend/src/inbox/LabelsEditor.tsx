import { useState, type FormEvent } from 'react';
import { BodyShort, Button, Chips, HStack, TextField } from '@navikt/ds-react';
import { inboxApi } from '../api/inbox';
import type { Conversation } from '../api/types';
import { useT } from '../i18n/i18n';
import { Section } from '../common/Section';
import type { Act } from './ConversationActions';

const LABEL = /^[\p{Ll}\p{N}-]{1,40}$/u;
export const MAX_LABELS = 10;

/** The conversation's labels: remove one with its chip, add one by name. Saved at once. */
export function LabelsEditor({ conversation, known, act }: { conversation: Conversation; known: string[]; act: Act }) {
  const t = useT();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { labels, id } = conversation;

  function add(event: FormEvent) {
    event.preventDefault();
    const label = text.trim().toLowerCase();
    if (!LABEL.test(label)) return setError(t('inbox.labels.invalid'));
    if (labels.includes(label)) return setError(t('inbox.labels.duplicate'));
    if (labels.length >= MAX_LABELS) return setError(t('inbox.labels.tooMany', { max: MAX_LABELS }));
    setError(undefined);
    setText('');
    void act(() => inboxApi.setLabels(id, [...labels, label]), t('inbox.labels.added', { label }));
  }

  const suggestions = known.filter((k) => !labels.includes(k)).slice(0, 8);
  return (
    <Section heading={t('inbox.labels.heading')} size="xsmall" gap="space-8">
      {labels.length === 0 ? (
        <BodyShort size="small">{t('inbox.labels.none')}</BodyShort>
      ) : (
        <Chips size="small" aria-label={t('inbox.labels.current')}>
          {labels.map((l) => (
            <Chips.Removable
              key={l}
              onDelete={() => void act(() => inboxApi.setLabels(id, labels.filter((x) => x !== l)), t('inbox.labels.removed', { label: l }))}
            >
              {l}
            </Chips.Removable>
          ))}
        </Chips>
      )}
      <form onSubmit={add} noValidate>
        <HStack gap="space-8" align="end" wrap>
          <TextField
            label={t('inbox.labels.new')}
            description={t('inbox.labels.hint')}
            size="small"
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={error}
            list="known-labels"
            autoComplete="off"
          />
          <Button type="submit" size="small" variant="secondary">
            {t('inbox.labels.add')}
          </Button>
        </HStack>
        <datalist id="known-labels">
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </form>
    </Section>
  );
}
