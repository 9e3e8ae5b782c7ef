import { useState } from 'react';
import { Switch, TextField } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import type { Role, Unit, User } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { RolesField } from './RolesField';
import { UnitSelect } from '../common/UnitSelect';

interface Props {
  user: User;
  units: Unit[];
  roles: readonly Role[];
  onSaved: (user: User) => void;
  onClose: () => void;
}

export function EditUserModal({ user, units, roles, onSaved, onClose }: Props) {
  const t = useT();
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email ?? '');
  const [unitId, setUnitId] = useState<number | null>(user.unit?.id ?? null);
  const [chosenRoles, setChosenRoles] = useState<Role[]>(user.roles);
  const [enabled, setEnabled] = useState(user.enabled);
  const { busy, error, submit } = useSubmit();

  const save = submit(async () => {
    const changes = { name: name.trim(), email: email.trim() || null, unitId, roles: chosenRoles, enabled };
    onSaved(await identityApi.updateUser(user.id, changes));
  });

  return (
    <FormModal
      heading={t('users.editTitle', { name: user.name })}
      submitLabel={t('common.save')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={save}
    >
      <TextField label={t('users.name')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, 'name')} />
      <TextField
        label={t('users.email')}
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError(error, 'email')}
      />
      <UnitSelect
        label={t('users.unit')}
        noneLabel={t('shell.noUnit')}
        units={units}
        value={unitId}
        onChange={setUnitId}
        error={fieldError(error, 'unitId')}
      />
      <RolesField roles={roles} value={chosenRoles} onChange={setChosenRoles} error={fieldError(error, 'roles')} />
      <Switch checked={enabled} onChange={(e) => setEnabled(e.target.checked)}>
        {t('users.enabled')}
      </Switch>
    </FormModal>
  );
}
