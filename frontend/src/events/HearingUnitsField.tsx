import { useCallback, useState } from 'react';
import { BodyShort, Button, Fieldset, HStack, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { identityApi } from '../api/identity';
import { RefSelect } from '../common/RefSelect';
import { fieldError } from '../common/forms';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/i18n';
import type { HearingForm } from './hearingForm';

interface Props {
  units: HearingForm['units'];
  onChange: (units: HearingForm['units']) => void;
  error: unknown;
}

/**
 * The invited units (høringsinstanser), each with the person responsible for its answer: pick the unit, then its
 * responsible person among the unit's people, and invite it. A unit is invited once.
 */
export function HearingUnitsField({ units, onChange, error }: Props) {
  const t = useT();
  const all = useLoad(identityApi.units).data ?? [];
  const [unitId, setUnitId] = useState<number | null>(null);
  const [personId, setPersonId] = useState<number | null>(null);
  const loadPeople = useCallback(() => (unitId === null ? Promise.resolve([]) : eventsApi.people(unitId)), [unitId]);
  const people = useLoad(loadPeople).data ?? [];
  const unit = all.find((u) => u.id === unitId) ?? null;
  const responsible = people.find((p) => p.id === personId) ?? null;
  const open = all.filter((u) => !units.some((invited) => invited.unitId === u.id));

  function invite() {
    if (unit === null || responsible === null) return;
    onChange([...units, { unitId: unit.id, unitName: unit.name, responsible }]);
    setUnitId(null);
    setPersonId(null);
  }

  return (
    <Fieldset legend={t('events.hearingForm.units')} description={t('events.hearingForm.unitsHelp')} error={fieldError(error, 'units')}>
      <VStack gap="space-12">
        {units.length === 0 ? (
          <BodyShort size="small">{t('events.hearingForm.noUnits')}</BodyShort>
        ) : (
          <ul className="samtale-plain-list samtale-events-list">
            {units.map((u, index) => {
              const problem = fieldError(error, `units[${index}].unitId`) ?? fieldError(error, `units[${index}].responsibleId`);
              return (
                <li key={u.unitId}>
                  <HStack gap="space-8" align="center" wrap>
                    <BodyShort size="small">{t('events.hearingForm.invited', { unit: u.unitName, name: u.responsible.name })}</BodyShort>
                    <Button
                      type="button"
                      size="xsmall"
                      variant="tertiary"
                      onClick={() => onChange(units.filter((_, i) => i !== index))}
                      aria-label={t('events.hearingForm.removeUnitLabel', { unit: u.unitName })}
                    >
                      {t('events.schedule.remove')}
                    </Button>
                  </HStack>
                  {problem && (
                    <BodyShort size="small" className="navds-error-message">
                      {problem}
                    </BodyShort>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <HStack gap="space-8" align="end" wrap>
          <RefSelect label={t('events.hearing.unit')} size="small" noneLabel={t('events.schedule.chooseUnit')} options={open} value={unitId} onChange={(id) => (setUnitId(id), setPersonId(null))} />
          <RefSelect label={t('events.hearing.responsible')} size="small" noneLabel={t('events.schedule.choosePerson')} options={people} value={personId} onChange={setPersonId} />
          <Button type="button" size="small" variant="secondary" disabled={unit === null || responsible === null} onClick={invite}>
            {t('events.hearingForm.invite')}
          </Button>
        </HStack>
      </VStack>
    </Fieldset>
  );
}
