import { useState, type FormEvent } from 'react';
import { Button, Textarea, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { Escalation } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText, fieldError } from '../common/forms';

interface Props {
  escalation: Escalation;
  onChanged: (escalation: Escalation, message: string) => void;
}

/** The one next step an escalation's state allows: acknowledge, answer, or close. */
export function EscalationActions({ escalation, onChanged }: Props) {
  const t = useT();
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function run(call: () => Promise<Escalation>, done: string) {
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await call(), done);
    } catch (e) {
      setError(fieldError(e, 'answer') ?? errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  function submitAnswer(event: FormEvent) {
    event.preventDefault();
    if (!answer.trim()) return setError(t('common.required'));
    void run(() => forumApi.answerEscalation(escalation.id, answer.trim()), t('forum.escalations.answered'));
  }

  if (escalation.state === 'ACKNOWLEDGED') {
    return (
      <form onSubmit={submitAnswer} noValidate>
        <VStack gap="space-12" maxWidth="40rem">
          <Textarea label={t('forum.escalations.answer')} description={t('forum.escalations.answerHint')} value={answer} onChange={(e) => setAnswer(e.target.value)} error={error} />
          <div>
            <Button type="submit" size="small" loading={busy}>
              {t('forum.escalations.sendAnswer')}
            </Button>
          </div>
        </VStack>
      </form>
    );
  }
  if (escalation.state === 'CLOSED') return null;
  const acknowledge = escalation.state === 'RAISED';
  return (
    <VStack gap="space-8">
      {error && <p role="alert">{error}</p>}
      <div>
        <Button
          size="small"
          variant="secondary"
          loading={busy}
          onClick={() =>
            void (acknowledge
              ? run(() => forumApi.acknowledgeEscalation(escalation.id), t('forum.escalations.acknowledged'))
              : run(() => forumApi.closeEscalation(escalation.id), t('forum.escalations.closed')))
          }
        >
          {t(acknowledge ? 'forum.escalations.acknowledge' : 'forum.escalations.close')}
        </Button>
      </div>
    </VStack>
  );
}
