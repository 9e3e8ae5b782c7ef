import { useCallback, useState } from 'react';
import { BodyShort, Button, HStack, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { identityApi } from '../api/identity';
import type { Person } from '../api/types';
import { RefSelect } from '../common/RefSelect';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/i18n';

export type LiveRole = 'leaders' | 'helpers' | 'moderators';

const ROLES = ['leaders', 'helpers', 'moderators'] as const satisfies readonly LiveRole[];

/** The people chosen for a nettprat, by role. */
export type LivePeople = Record<LiveRole, Person[]>;

/**
 * Adds a person to a role: pick the unit, then the person in it; each role lists its people with a remove button.
 * Helpers type answers for a leader (shown as typed by them); they need not be leaders themselves.
 */
export function LivePeoplePicker({ people, onChange, errors }: { people: LivePeople; onChange: (p: LivePeople) => void; errors: Record<LiveRole, string | undefined> }) {
  const t = useT();
  const units = useLoad(identityApi.units).data ?? [];
  const [unitId, setUnitId] = useState<number | null>(null);
  const [personId, setPersonId] = useState<number | null>(null);
  const loadPeople = useCallback(() => (unitId === null ? Promise.resolve([]) : eventsApi.people(unitId)), [unitId]);
  const inUnit = useLoad(loadPeople).data ?? [];
  const chosen = inUnit.find((p) => p.id === personId) ?? null;

  const add = (role: LiveRole) => {
    if (chosen === null || people[role].some((p) => p.id === chosen.id)) return;
    onChange({ ...people, [role]: [...people[role], chosen] });
  };
  const remove = (role: LiveRole, id: number) => onChange({ ...people, [role]: people[role].filter((p) => p.id !== id) });

  return (
    <VStack gap="space-12">
      {ROLES.map((role) => (
        <fieldset key={role} className="samtale-events-people">
          <legend>{t(`events.schedule.${role}`)}</legend>
          {people[role].length === 0 && <BodyShort size="small">{t('events.schedule.nobody')}</BodyShort>}
          <ul className="samtale-plain-list">
            {people[role].map((p) => (
              <li key={p.id}>
                <HStack gap="space-8" align="center">
                  <BodyShort size="small">{p.name}</BodyShort>
                  <Button size="xsmall" variant="tertiary" onClick={() => remove(role, p.id)} aria-label={t('events.schedule.removeLabel', { name: p.name })}>
                    {t('events.schedule.remove')}
                  </Button>
                </HStack>
              </li>
            ))}
          </ul>
          {errors[role] && <BodyShort size="small" className="navds-error-message">{errors[role]}</BodyShort>}
        </fieldset>
      ))}
      <HStack gap="space-8" align="end" wrap>
        <RefSelect label={t('events.schedule.unit')} size="small" noneLabel={t('events.schedule.chooseUnit')} options={units} value={unitId} onChange={(id) => (setUnitId(id), setPersonId(null))} />
        <RefSelect label={t('events.schedule.person')} size="small" noneLabel={t('events.schedule.choosePerson')} options={inUnit} value={personId} onChange={setPersonId} />
        <Button size="small" variant="secondary" disabled={chosen === null} onClick={() => add('leaders')}>
          {t('events.schedule.addLeader')}
        </Button>
        <Button size="small" variant="secondary" disabled={chosen === null} onClick={() => add('helpers')}>
          {t('events.schedule.addHelper')}
        </Button>
        <Button size="small" variant="secondary" disabled={chosen === null} onClick={() => add('moderators')}>
          {t('events.schedule.addModerator')}
        </Button>
      </HStack>
    </VStack>
  );
}
