import { useState } from 'react';
import { Select, TextField } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import { UNIT_KINDS, type Unit, type UnitKind } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { UnitSelect } from '../common/UnitSelect';

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
  const { busy, error, submit } = useSubmit();

  const save = submit(async () => {
    const body = { name: name.trim(), kind, parentId };
    onSaved(unit ? await identityApi.updateUnit(unit.id, body) : await identityApi.createUnit(body));
  });

  const heading = unit ? t('units.editTitle', { name: unit.name }) : t('units.new');
  return (
    <FormModal
      heading={heading}
      submitLabel={unit ? t('common.save') : t('units.create')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={save}
    >
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
    </FormModal>
  );
}
