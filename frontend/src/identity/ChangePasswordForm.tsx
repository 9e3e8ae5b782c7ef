import { useState } from 'react';
import { Alert, Button, TextField, VStack } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

interface Props {
  /** Called once the server has accepted the new password. */
  onChanged?: () => void;
}

export function ChangePasswordForm({ onChanged }: Props) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [local, setLocal] = useState<{ current?: string; next?: string; repeat?: string }>({});
  const [done, setDone] = useState(false);
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });

  function validate() {
    const problems = {
      current: current ? undefined : t('common.required'),
      next: next ? undefined : t('common.required'),
      repeat: repeat === next ? undefined : t('password.mismatch'),
    };
    setLocal(problems);
    setError(null);
    setDone(false);
    return !(problems.current || problems.next || problems.repeat);
  }

  const change = submit(async () => {
    await identityApi.changePassword(current, next);
    setCurrent('');
    setNext('');
    setRepeat('');
    setDone(true);
    onChanged?.();
  }, validate);

  const general = formLevelError(error, t);
  return (
    <form onSubmit={change} noValidate>
      <VStack gap="space-16" maxWidth="28rem">
        {general && (
          <Alert variant="error" role="alert">
            {general}
          </Alert>
        )}
        {done && (
          <Alert variant="success" role="status">
            {t('password.changed')}
          </Alert>
        )}
        <TextField
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={local.current ?? fieldError(error, 'currentPassword')}
        />
        <TextField
          label={t('password.new')}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={local.next ?? fieldError(error, 'newPassword')}
        />
        <TextField
          label={t('password.repeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={local.repeat}
        />
        <div>
          <Button type="submit" loading={busy}>
            {t('password.submit')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
