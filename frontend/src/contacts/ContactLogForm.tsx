import { useRef, useState } from 'react';
import { Button, HStack, Radio, RadioGroup, Select, TextField, VStack } from '@navikt/ds-react';
import { StatusMessage } from '../common/StatusMessage';
import { fieldError, formLevelError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { useT } from '../i18n/i18n';
import { CHANNELS, OUTCOMES, contactsApi, type ContactChannel, type ContactOutcome } from './contactsApi';
import { TOPICS, type Topic } from './topics';

type Field = 'topic' | 'channel' | 'outcome';

/**
 * Logging a contact in seconds by keyboard: a topic, the channel and the outcome (arrow keys in each group), Enter.
 * Nothing is chosen beforehand, so a stray click logs nothing (walk report F15); the channel stays for the next
 * contact, and focus goes back to the topic, so a counter logs one after another.
 */
export function ContactLogForm({ officeName, onLogged }: { officeName: string; onLogged: () => void }) {
  const t = useT();
  const [topic, setTopic] = useState<Topic | ''>('');
  const [channel, setChannel] = useState<ContactChannel | ''>('');
  const [outcome, setOutcome] = useState<ContactOutcome | ''>('');
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const topicField = useRef<HTMLSelectElement>(null);
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });
  const formError = formLevelError(error, t);
  const errorFor = (field: Field) => local[field] ?? fieldError(error, field);
  const chosen = (field: Field) => setLocal(({ [field]: _, ...rest }) => rest);

  const validate = () => {
    const checks: Partial<Record<Field, string>> = {};
    if (topic === '') checks.topic = t('contacts.topicRequired');
    if (channel === '') checks.channel = t('contacts.channelRequired');
    if (outcome === '') checks.outcome = t('contacts.outcomeRequired');
    setLocal(checks);
    if (Object.keys(checks).length > 0) {
      setError(null);
      setDone(null);
    }
    return Object.keys(checks).length === 0;
  };

  const onSubmit = submit(async () => {
    if (topic === '' || channel === '' || outcome === '') return;
    setDone(null);
    await contactsApi.log({ topic, channel, outcome, note: note.trim() === '' ? null : note });
    setNote('');
    // The next contact is chosen afresh; only the channel stays (a counter serves one channel at a time).
    setTopic('');
    setOutcome('');
    setDone(t('contacts.logged', { topic: t(`contacts.topic.${topic}`), office: officeName }));
    topicField.current?.focus();
    onLogged();
  }, validate);

  return (
    <form onSubmit={onSubmit} aria-labelledby="contact-log-form-heading" noValidate>
      <VStack gap="space-16">
        <Select
          ref={topicField}
          label={t('contacts.topic')}
          value={topic}
          onChange={(e) => {
            setTopic(e.target.value as Topic | '');
            chosen('topic');
          }}
          error={errorFor('topic')}
          style={{ maxWidth: '20rem' }}
        >
          <option value="">{t('contacts.chooseTopic')}</option>
          {TOPICS.map((key) => (
            <option key={key} value={key}>
              {t(`contacts.topic.${key}`)}
            </option>
          ))}
        </Select>
        <HStack gap="space-32" wrap>
          <RadioGroup legend={t('contacts.channel')} value={channel} onChange={(v: ContactChannel) => { setChannel(v); chosen('channel'); }} size="small" error={errorFor('channel')}>
            {CHANNELS.map((c) => (
              <Radio key={c} value={c}>
                {t(`contacts.channel.${c}`)}
              </Radio>
            ))}
          </RadioGroup>
          <RadioGroup legend={t('contacts.outcome')} value={outcome} onChange={(v: ContactOutcome) => { setOutcome(v); chosen('outcome'); }} size="small" error={errorFor('outcome')}>
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
