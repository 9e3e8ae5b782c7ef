import { useState, type FormEvent } from 'react';
import { Alert, Button, Modal, Select, TextField, VStack } from '@navikt/ds-react';
import { api } from '../api/client';
import { UNIT_KINDS, type Unit, type UnitKind } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../shell/forms';
import { UnitSelect } from './UnitSelect';

interface Props {
  /** The unit to edit, or null to create one. */
  unit: Unit | null;
  units: Unit[];
  onSaved: (unit: Unit) => void;
  onClose: () => void;
}

export function UnitModal({ unit, units, onSaved, onClose }: Props) {
  const t = useT();
  const [name, setName] = useState(unit?.name ?? '');
  const [kind, setKind] = useState<UnitKind>(unit?.kind ?? 'NAV_OFFICE');
  const [parentId, setParentId] = useState<number | null>(unit?.parentId ?? null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { name: name.trim(), kind, parentId };
      onSaved(unit ? await api.updateUnit(unit.id, body) : await api.createUnit(body));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  const general = formLevelError(error, t);
  const heading = unit ? t('units.editTitle', { name: unit.name }) : t('units.new');
  return (
    <Modal open onClose={onClose} header={{ heading }} width="medium">
      <form onSubmit={submit} noValidate>
        <Modal.Body>
          <VStack gap="space-16">
            {general && (
              <Alert variant="error" role="alert">
                {general}
              </Alert>
            )}
            <TextField label={t('units.name')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, 'name')} />
            <Select
              label={t('units.kind')}
              value={kind}
              onChange={(e) => setKind(e.target.value as UnitKind)}
              error={fieldError(error, 'kind')}
            >
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`unitKind.${k}`)}
                </option>
              ))}
            </Select>
            <UnitSelect
              label={t('units.parent')}
              noneLabel={t('units.noParent')}
              units={units}
              value={parentId}
              onChange={setParentId}
              error={fieldError(error, 'parentId')}
              exclude={unit?.id}
            />
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" loading={busy}>
            {unit ? t('common.save') : t('units.create')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Modal.Footer>
      </form>
    </Modal>
  );
}
