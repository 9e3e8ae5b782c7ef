import { useState } from 'react';
import { Button, HStack, Select, Textarea, VStack } from '@navikt/ds-react';
import { StatusMessage } from '../common/StatusMessage';
import { fieldError, formLevelError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { useT } from '../i18n/i18n';
import { CHANNELS, CLASSIFICATIONS, contactsApi, type ComplaintClassification, type ContactChannel } from './contactsApi';
import { TOPICS, type Topic } from './topics';

/** Registering a service complaint as received: channel, topic, what it is about, and the complaint in its words. */
export function ComplaintForm({ onRegistered }: { onRegistered: () => void }) {
  const t = useT();
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [topic, setTopic] = useState<Topic>('foreldrepenger');
  const [classification, setClassification] = useState<ComplaintClassification>('WAIT_TIME');
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const formError = formLevelError(error, t);

  const onSubmit = submit(async () => {
    setDone(null);
    const registered = await contactsApi.register({ channel, topic, classification, text });
    setText('');
    setDone(t('complaints.registered', { deadline: registered.deadline }));
    onRegistered();
  });

  return (
    <form onSubmit={onSubmit}>
      <VStack gap="space-16">
        <HStack gap="space-16" wrap>
          <Select label={t('complaints.channel')} value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`contacts.channel.${c}`)}
              </option>
            ))}
          </Select>
          <Select label={t('contacts.topic')} value={topic} onChange={(e) => setTopic(e.target.value as Topic)} error={fieldError(error, 'topic')}>
            {TOPICS.map((key) => (
              <option key={key} value={key}>
                {t(`contacts.topic.${key}`)}
              </option>
            ))}
          </Select>
          <Select
            label={t('complaints.classification')}
            value={classification}
            onChange={(e) => setClassification(e.target.value as ComplaintClassification)}
          >
            {CLASSIFICATIONS.map((c) => (
              <option key={c} value={c}>
                {t(`complaints.classification.${c}`)}
              </option>
            ))}
          </Select>
        </HStack>
        <Textarea
          label={t('complaints.text')}
          description={t('complaints.textHelp')}
          value={text}
          maxLength={4000}
          onChange={(e) => setText(e.target.value)}
          error={fieldError(error, 'text')}
        />
        {formError && <div role="alert">{formError}</div>}
        <div>
          <Button type="submit" loading={busy}>
            {t('complaints.register')}
          </Button>
        </div>
        <StatusMessage text={done} />
      </VStack>
    </form>
  );
}
