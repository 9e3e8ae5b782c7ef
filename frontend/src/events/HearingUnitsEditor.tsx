import { useCallback, useState } from 'react';
import { Alert, BodyShort, Button, HStack, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { identityApi } from '../api/identity';
import type { Hearing } from '../api/types';
import { RefSelect } from '../common/RefSelect';
import { Section } from '../common/Section';
import { errorText, fieldError, formLevelError } from '../common/forms';
import { useLoad } from '../common/useLoad';
import { formatDateTime, useLanguage, useT } from '../i18n/i18n';

type Unit = Hearing['units'][number];

/** A unit that has said nothing yet: the only kind whose invitation can be withdrawn. */
const unanswered = (u: Unit) => u.status === 'NOT_ANSWERED' || u.status === 'LATE';

/**
 * For the hearing's managers while it is open, after it is sent: invite another unit (it may answer at once and its
 * responsible person is told), hand an invited unit to another responsible person, or withdraw the invitation of a
 * unit that has not answered. One picker: choosing a unit already invited turns inviting into handing it over.
 */
export function HearingUnitsEditor({ hearing, onChanged }: { hearing: Hearing; onChanged: (text: string) => Promise<void> }) {
  const t = useT();
  const all = useLoad(identityApi.units).data ?? [];
  const [unitId, setUnitId] = useState<number | null>(null);
  const [personId, setPersonId] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [withdrawProblem, setWithdrawProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loadPeople = useCallback(() => (unitId === null ? Promise.resolve([]) : eventsApi.people(unitId)), [unitId]);
  const people = useLoad(loadPeople).data ?? [];
  const unit = all.find((u) => u.id === unitId) ?? null;
  const invited = hearing.units.find((u) => u.unitId === unitId) ?? null;
  const person = people.find((p) => p.id === personId) ?? null;

  async function save() {
    if (unit === null || person === null) return;
    setBusy(true);
    setError(null);
    try {
      if (invited === null) await eventsApi.inviteUnit(hearing.id, unit.id, person.id);
      else await eventsApi.changeResponsible(hearing.id, unit.id, person.id);
      setUnitId(null);
      setPersonId(null);
      await onChanged(t(invited === null ? 'events.hearingUnits.invited' : 'events.hearingUnits.handed', { unit: unit.name }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function withdraw(u: Unit) {
    setWithdrawProblem(null);
    try {
      await eventsApi.withdrawUnit(hearing.id, u.unitId);
      await onChanged(t('events.hearingUnits.withdrawn', { unit: u.name }));
    } catch (e) {
      setWithdrawProblem(errorText(e, t));
    }
  }

  const general = formLevelError(error, t);
  return (
    <Section heading={t('events.hearingUnits.heading')} size="small">
      <BodyShort size="small">{t('events.hearingUnits.intro')}</BodyShort>
      <HStack gap="space-8" align="end" wrap>
        <RefSelect
          label={t('events.hearing.unit')}
          size="small"
          noneLabel={t('events.schedule.chooseUnit')}
          options={all}
          value={unitId}
          onChange={(id) => (setUnitId(id), setPersonId(null))}
          error={fieldError(error, 'unitId')}
        />
        <RefSelect
          label={t('events.hearing.responsible')}
          size="small"
          noneLabel={t('events.schedule.choosePerson')}
          description={invited ? t('events.hearingUnits.invitedNow', { name: invited.responsible.name }) : undefined}
          options={people}
          value={personId}
          onChange={setPersonId}
          error={fieldError(error, 'responsibleId')}
        />
        <Button size="small" variant="secondary" loading={busy} disabled={unit === null || person === null} onClick={() => void save()}>
          {t(invited === null ? 'events.hearingUnits.invite' : 'events.hearingUnits.hand')}
        </Button>
      </HStack>
      {general && <Alert variant="error" size="small">{general}</Alert>}
      <VStack gap="space-8">
        <BodyShort weight="semibold">{t('events.hearingUnits.withdrawHeading')}</BodyShort>
        <ul className="samtale-plain-list samtale-events-list">
          {hearing.units.map((u) => (
            <li key={u.unitId}>
              {unanswered(u) ? (
                <Button size="xsmall" variant="tertiary" onClick={() => void withdraw(u)}>
                  {t('events.hearingUnits.withdrawLabel', { unit: u.name })}
                </Button>
              ) : (
                <BodyShort size="small">{t('events.hearingUnits.keeps', { unit: u.name })}</BodyShort>
              )}
            </li>
          ))}
        </ul>
        {withdrawProblem && <Alert variant="error" size="small">{withdrawProblem}</Alert>}
      </VStack>
    </Section>
  );
}

/** Who invited, withdrew or handed over a unit after the hearing was made, oldest first. */
export function HearingUnitChanges({ changes }: { changes: Hearing['unitChanges'] }) {
  const { t, language } = useLanguage();
  if (changes.length === 0) return null;
  const nameOf = (p: { name: string } | null | undefined) => p?.name ?? t('events.hearingUnits.someone');
  return (
    <Section heading={t('events.hearingUnits.changes')} size="small">
      <ul className="samtale-events-list">
        {changes.map((c, i) => (
          <li key={i}>
            <BodyShort size="small">
              {formatDateTime(c.at, language)}:{' '}
              {t(`events.hearingUnits.change.${c.action}`, {
                by: nameOf(c.changedBy),
                unit: c.unitName,
                responsible: nameOf(c.responsible),
                previous: nameOf(c.previousResponsible),
              })}
            </BodyShort>
          </li>
        ))}
      </ul>
    </Section>
  );
}
