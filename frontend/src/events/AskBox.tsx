import { useState } from 'react';
import { Alert, BodyShort, Button, Checkbox, Textarea, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useSubmit } from '../common/useSubmit';

const MAX = 1000;

/** Where an employee asks, by name or anonymously; what anonymous means is said right where they type. */
export function AskBox({ eventId, onAsked }: { eventId: number; onAsked: () => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });

  const send = submit(
    async () => {
      await eventsApi.ask(eventId, text.trim(), anonymous);
      setText('');
      setStatus(t('events.ask.sent'));
      onAsked();
    },
    () => {
      setMissing(text.trim() === '');
      setStatus(null);
      return text.trim() !== '';
    },
  );

  return (
    <Section heading={t('events.ask.heading')}>
      <form onSubmit={send} noValidate>
        <VStack gap="space-12">
          <Textarea
            label={t('events.ask.text')}
            value={text}
            maxLength={MAX}
            onChange={(e) => setText(e.target.value)}
            error={missing ? t('events.ask.textRequired') : fieldError(error, 'text', t('events.ask.text'))}
          />
          <Checkbox checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} description={t('events.ask.anonymousHelp')}>
            {t('events.ask.anonymous')}
          </Checkbox>
          <BodyShort size="small">{anonymous ? t('events.ask.shownAnonymous') : t('events.ask.shownNamed')}</BodyShort>
          {formLevelError(error, t) && <Alert variant="error">{formLevelError(error, t)}</Alert>}
          <div>
            <Button type="submit" loading={busy}>
              {t('events.ask.submit')}
            </Button>
          </div>
          <StatusMessage text={status} />
        </VStack>
      </form>
    </Section>
  );
}
