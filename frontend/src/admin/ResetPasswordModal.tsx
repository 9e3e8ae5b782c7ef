import { useState, type FormEvent } from 'react';
import { Alert, Button, Modal, TextField, VStack } from '@navikt/ds-react';
import { api } from '../api/client';
import type { User } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../shell/forms';

interface Props {
  user: User;
  onDone: () => void;
  onClose: () => void;
}

export function ResetPasswordModal({ user, onDone, onClose }: Props) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.resetPassword(user.id, password);
      onDone();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const general = formLevelError(error, t);
  return (
    <Modal open onClose={onClose} header={{ heading: t('users.resetPasswordTitle', { name: user.name }) }} width="small">
      <form onSubmit={submit} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            {general && (
              <Alert variant="error" role="alert">
                {general}
              </Alert>
            )}
            <TextField
              label={t('password.new')}
              description={t('users.resetPasswordHint')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldError(error, 'newPassword')}
            />
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
