import { useState } from 'react';
import { TextField } from '@navikt/ds-react';
import { UnitSelect } from '../common/UnitSelect';
import { channelsApi } from '../api/channels';
import type { Team, Unit } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

/** Creates a team of advisors, optionally at a unit (a contact centre, a NAV office). */
export function TeamModal({ units, onCreated, onClose }: { units: Unit[]; onCreated: (team: Team) => void; onClose: () => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [unitId, setUnitId] = useState<number | null>(null);
  const { busy, error, submit } = useSubmit();
  const save = submit(async () => onCreated(await channelsApi.createTeam(name.trim(), unitId)));
  return (
    <FormModal heading={t('channels.teams.new')} submitLabel={t('channels.teams.create')} busy={busy} error={error} onClose={onClose} onSubmit={save}>
      <TextField label={t('channels.teams.name')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(error, 'name')} />
      <UnitSelect label={t('channels.teams.unit')} noneLabel={t('shell.noUnit')} units={units} value={unitId} onChange={setUnitId} error={fieldError(error, 'unitId')} />
    </FormModal>
  );
}
