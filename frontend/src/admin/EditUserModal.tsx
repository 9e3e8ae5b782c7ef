import { useState, type FormEvent } from 'react';
import { Alert, Button, Modal, Switch, TextField, VStack } from '@navikt/ds-react';
import { api } from '../api/client';
import type { Role, Unit, User } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../shell/forms';
import { RolesField } from './RolesField';
import { UnitSelect } from './UnitSelect';

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
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const changes = { name: name.trim(), email: email.trim() || null, unitId, roles: chosenRoles, enabled };
      onSaved(await api.updateUser(user.id, changes));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const general = formLevelError(error, t);
  return (
    <Modal open onClose={onClose} header={{ heading: t('users.editTitle', { name: user.name }) }} width="medium">
      <form onSubmit={submit} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            {general && (
              <Alert variant="error" role="alert">
                {general}
              </Alert>
            )}
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
