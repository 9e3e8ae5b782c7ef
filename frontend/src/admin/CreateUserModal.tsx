import { useState, type FormEvent } from 'react';
import { Alert, Button, Modal, TextField, VStack } from '@navikt/ds-react';
import { api } from '../api/client';
import type { Role, Unit, User } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../shell/forms';
import { RolesField } from './RolesField';
import { UnitSelect } from './UnitSelect';

interface Props {
  units: Unit[];
  roles: readonly Role[];
  onCreated: (user: User) => void;
  onClose: () => void;
}

export function CreateUserModal({ units, roles, onCreated, onClose }: Props) {
  const t = useT();
  const [form, setForm] = useState({ username: '', name: '', employeeId: '', email: '', password: '' });
  const [unitId, setUnitId] = useState<number | null>(null);
  const [chosenRoles, setChosenRoles] = useState<Role[]>(['EMPLOYEE']);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value }),
    error: fieldError(error, key),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = { ...form, username: form.username.trim(), email: form.email.trim() || null, unitId, roles: chosenRoles };
      onCreated(await api.createUser(user));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const general = formLevelError(error, t);
  return (
    <Modal open onClose={onClose} header={{ heading: t('users.new') }} width="medium">
      <form onSubmit={submit} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            {general && (
              <Alert variant="error" role="alert">
                {general}
              </Alert>
            )}
            <TextField label={t('users.username')} autoComplete="off" {...field('username')} />
            <TextField label={t('users.name')} {...field('name')} />
            <TextField label={t('users.employeeId')} {...field('employeeId')} />
            <TextField label={t('users.email')} type="email" {...field('email')} />
            <UnitSelect
              label={t('users.unit')}
              noneLabel={t('shell.noUnit')}
              units={units}
              value={unitId}
              onChange={setUnitId}
              error={fieldError(error, 'unitId')}
            />
            <RolesField roles={roles} value={chosenRoles} onChange={setChosenRoles} error={fieldError(error, 'roles')} />
            <TextField
              label={t('users.password')}
              description={t('users.resetPasswordHint')}
              type="password"
              autoComplete="new-password"
              {...field('password')}
            />
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={busy}>
            {t('users.create')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
