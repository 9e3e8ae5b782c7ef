import { useCallback, useState, type FormEvent } from 'react';
import { Button, HStack, Select } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { identityApi } from '../api/identity';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { useLoad } from '../common/useLoad';

interface Props {
  spaceId: number;
  memberIds: number[];
  onAdded: (name: string) => void;
}

/** Adds a user to a group; the user list is for administrators only. */
export function AddMemberForm({ spaceId, memberIds, onAdded }: Props) {
  const t = useT();
  const { data: users } = useLoad(useCallback(() => identityApi.users(0, 200, ''), []));
  const [userId, setUserId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const choosable = (users?.items ?? []).filter((u) => u.enabled && !memberIds.includes(u.id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const user = choosable.find((u) => String(u.id) === userId);
    if (!user) return setError(t('forum.members.chooseRequired'));
    setBusy(true);
    setError(undefined);
    try {
      await forumApi.addMember(spaceId, user.id);
      setUserId('');
      onAdded(user.name);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <HStack gap="space-12" align="end" wrap>
        <Select label={t('forum.members.add')} value={userId} onChange={(e) => setUserId(e.target.value)} error={error}>
          <option value="">{t('forum.members.choose')}</option>
          {choosable.map((u) => (
            <option key={u.id} value={u.id}>
              {`${u.name} (${u.username})`}
            </option>
          ))}
        </Select>
        <Button type="submit" variant="secondary" loading={busy}>
          {t('forum.members.addSubmit')}
        </Button>
      </HStack>
    </form>
  );
}
