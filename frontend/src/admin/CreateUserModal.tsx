import { useState } from 'react';
import { TextField } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import type { Role, Unit, User } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { RolesField } from './RolesField';
import { UnitSelect } from '../common/UnitSelect';

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
  const { busy, error, submit } = useSubmit();

  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value }),
    error: fieldError(error, key),
  });

  const save = submit(async () => {
    const user = { ...form, username: form.username.trim(), email: form.email.trim() || null, unitId, roles: chosenRoles };
    onCreated(await identityApi.createUser(user));
  });

  return (
    <FormModal heading={t('users.new')} submitLabel={t('users.create')} busy={busy} error={error} onClose={onClose} onSubmit={save}>
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
    </FormModal>
  );
}
