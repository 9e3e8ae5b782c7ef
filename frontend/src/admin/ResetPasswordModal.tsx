import { useState } from 'react';
import { TextField } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import type { User } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

interface Props {
  user: User;
  onDone: () => void;
  onClose: () => void;
}

export function ResetPasswordModal({ user, onDone, onClose }: Props) {
  const t = useT();
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmit();

  const save = submit(async () => {
    await identityApi.resetPassword(user.id, password);
    onDone();
  });

  return (
    <FormModal
      heading={t('users.resetPasswordTitle', { name: user.name })}
      width="small"
      submitLabel={t('common.save')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={save}
    >
      <TextField
        label={t('password.new')}
        description={t('users.resetPasswordHint')}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError(error, 'newPassword')}
      />
    </FormModal>
  );
}
