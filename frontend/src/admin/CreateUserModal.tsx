import { useState } from 'react';
import { TextField } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import type { Role, Unit, User } from '../api/types';
import { useT, type Translate } from '../i18n/i18n';
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

type Form = { username: string; name: string; employeeId: string; email: string; password: string };

/** The server's rules (AdminUserController.NewUserRequest), checked first so each is said as the rule it is (F14). */
export function userChecks(form: Form, t: Translate): Partial<Record<keyof Form, string>> {
  const checks: Partial<Record<keyof Form, string>> = {};
  const username = form.username.trim();
  if (!username) checks.username = t('users.usernameRequired');
  else if (!/^[a-zA-Z0-9._-]{2,64}$/.test(username)) checks.username = t('users.usernameFormat');
  if (!form.name.trim()) checks.name = t('users.nameRequired');
  if (!form.employeeId.trim()) checks.employeeId = t('users.employeeIdRequired');
  else if (!/^[A-Za-z][0-9]{6}$/.test(form.employeeId.trim())) checks.employeeId = t('users.employeeIdFormat');
  return checks;
}

export function CreateUserModal({ units, roles, onCreated, onClose }: Props) {
  const t = useT();
  const [form, setForm] = useState<Form>({ username: '', name: '', employeeId: '', email: '', password: '' });
  const [unitId, setUnitId] = useState<number | null>(null);
  const [chosenRoles, setChosenRoles] = useState<Role[]>(['EMPLOYEE']);
  const [local, setLocal] = useState<Partial<Record<keyof Form, string>>>({});
  // Fields edited since the last answer: the server's complaint about them no longer holds.
  const [edited, setEdited] = useState<Set<string>>(new Set());
  const { busy, error, setError, submit } = useSubmit();

  const field = (key: keyof Form) => ({
    value: form[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      setForm({ ...form, [key]: e.target.value });
      setLocal(({ [key]: _, ...rest }) => rest);
      setEdited((keys) => new Set(keys).add(key));
    },
    error: local[key] ?? (edited.has(key) ? undefined : fieldError(error, key)),
  });

  const validate = () => {
    const checks = userChecks(form, t);
    setLocal(checks);
    setEdited(new Set());
    if (Object.keys(checks).length > 0) setError(null);
    return Object.keys(checks).length === 0;
  };

  const save = submit(async () => {
    const user = { ...form, username: form.username.trim(), employeeId: form.employeeId.trim(), email: form.email.trim() || null, unitId, roles: chosenRoles };
    onCreated(await identityApi.createUser(user));
  }, validate);

  return (
    <FormModal heading={t('users.new')} submitLabel={t('users.create')} busy={busy} error={error} onClose={onClose} onSubmit={save}>
      <TextField label={t('users.username')} description={t('users.usernameHint')} autoComplete="off" {...field('username')} />
      <TextField label={t('users.name')} {...field('name')} />
      <TextField label={t('users.employeeId')} description={t('users.employeeIdHint')} {...field('employeeId')} />
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
