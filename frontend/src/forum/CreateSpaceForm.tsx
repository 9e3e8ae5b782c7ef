import { useState } from 'react';
import { Alert, Button, Radio, RadioGroup, TextField, Textarea, VStack } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import type { SpaceKind, SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

/** Creates a topic (closed until it is staffed and opened) or a group. */
export function CreateSpaceForm({ onCreated }: { onCreated: (space: SpaceSummary) => void }) {
  const t = useT();
  const [kind, setKind] = useState<SpaceKind>('TOPIC');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [membership, setMembership] = useState<'OPEN' | 'CLOSED'>('OPEN');
  const [nameRequired, setNameRequired] = useState<string | undefined>();
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });

  function validate() {
    setError(null);
    setNameRequired(name.trim() ? undefined : t('forum.admin.nameRequired'));
    return Boolean(name.trim());
  }

  const create = submit(async () => {
    // A topic is readable by every employee once opened, so its membership is always OPEN.
    const created = await forumApi.createSpace({ kind, name: name.trim(), description: description.trim(), membership: kind === 'TOPIC' ? 'OPEN' : membership });
    onCreated(created);
    setName('');
    setDescription('');
  }, validate);

  const general = formLevelError(error, t);
  return (
    <form onSubmit={create} noValidate>
      <VStack gap="space-20" maxWidth="40rem">
        {general && (
          <Alert variant="error" role="alert">
            {general}
          </Alert>
        )}
        <RadioGroup legend={t('forum.admin.kind')} value={kind} onChange={(v: SpaceKind) => setKind(v)} error={fieldError(error, 'kind')}>
          <Radio value="TOPIC" description={t('forum.admin.topicHint')}>
            {t('forum.kind.TOPIC')}
          </Radio>
          <Radio value="GROUP">{t('forum.kind.GROUP')}</Radio>
        </RadioGroup>
        <TextField label={t('forum.admin.name')} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} error={nameRequired ?? fieldError(error, 'name')} />
        <Textarea label={t('forum.admin.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={fieldError(error, 'description')} />
        {kind === 'GROUP' && (
          <RadioGroup legend={t('forum.admin.membership')} value={membership} onChange={(v: 'OPEN' | 'CLOSED') => setMembership(v)} error={fieldError(error, 'membership')}>
            <Radio value="OPEN">{t('forum.admin.membership.OPEN')}</Radio>
            <Radio value="CLOSED">{t('forum.admin.membership.CLOSED')}</Radio>
          </RadioGroup>
        )}
        <div>
          <Button type="submit" loading={busy}>
            {t('forum.admin.createSubmit')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
