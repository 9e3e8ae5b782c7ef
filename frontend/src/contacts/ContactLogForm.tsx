import { useRef, useState } from 'react';
import { Button, HStack, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react';
import { StatusMessage } from '../common/StatusMessage';
import { fieldError, formLevelError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { useT } from '../i18n/i18n';
import { CHANNELS, OUTCOMES, contactsApi, type ContactChannel, type ContactOutcome } from './contactsApi';
import { TOPICS, type Topic } from './topics';

/**
 * Logging a contact in seconds by keyboard: a topic, the channel and the outcome (arrow keys in each group), Enter.
 * The channel stays for the next contact, and focus goes back to the topic, so a counter logs one after another.
 */
export function ContactLogForm({ officeName, onLogged }: { officeName: string; onLogged: () => void }) {
  const t = useT();
  const [topic, setTopic] = useState<Topic>('foreldrepenger');
  const [channel, setChannel] = useState<ContactChannel>('OFFICE');
  const [outcome, setOutcome] = useState<ContactOutcome>('HELPED_TO_SELF_SERVICE');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const topicField = useRef<HTMLSelectElement>(null);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const formError = formLevelError(error, t);

  const onSubmit = submit(async () => {
    setDone(null);
    await contactsApi.log({ topic, channel, outcome, note: note.trim() === '' ? null : note });
    setNote('');
    setDone(t('contacts.logged', { topic: t(`contacts.topic.${topic}`), office: officeName }));
    topicField.current?.focus();
    onLogged();
  });

  return (
    <form onSubmit={onSubmit} aria-labelledby="contact-log-form-heading">
      <VStack gap="space-16">
        <Select
          ref={topicField}
          label={t('contacts.topic')}
          value={topic}
          onChange={(e) => setTopic(e.target.value as Topic)}
          error={fieldError(error, 'topic')}
          style={{ maxWidth: '20rem' }}
        >
          {TOPICS.map((key) => (
            <option key={key} value={key}>
              {t(`contacts.topic.${key}`)}
            </option>
          ))}
        </Select>
        <HStack gap="space-32" wrap>
          <RadioGroup legend={t('contacts.channel')} value={channel} onChange={(v: ContactChannel) => setChannel(v)} size="small">
            {CHANNELS.map((c) => (
              <Radio key={c} value={c}>
                {t(`contacts.channel.${c}`)}
              </Radio>
            ))}
          </RadioGroup>
          <RadioGroup legend={t('contacts.outcome')} value={outcome} onChange={(v: ContactOutcome) => setOutcome(v)} size="small">
            {OUTCOMES.map((o) => (
              <Radio key={o} value={o}>
                {t(`contacts.outcome.${o}`)}
              </Radio>
            ))}
          </RadioGroup>
        </HStack>
        <TextField
          label={t('contacts.note')}
          description={t('contacts.noteHelp')}
          value={note}
          maxLength={500}
          onChange={(e) => setNote(e.target.value)}
          error={fieldError(error, 'note')}
          style={{ maxWidth: '32rem' }}
        />
        {formError && <div role="alert">{formError}</div>}
        <div>
          <Button type="submit" loading={busy}>
            {t('contacts.log')}
          </Button>
        </div>
        <StatusMessage text={done} />
      </VStack>
    </form>
  );
}
