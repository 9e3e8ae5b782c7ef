import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, BodyShort, Button, HStack, Heading, Table, Tag, VStack } from '@navikt/ds-react';
import { teamsApi } from '../api/teams';
import type { DutyShift } from '../api/types';
import { useLanguage } from '../i18n/i18n';
import { formatDate } from '../common/format';
import { ConfirmModal } from '../common/ConfirmModal';
import { LoadProblem } from '../common/LoadProblem';
import { RefSelect } from '../common/RefSelect';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { InboxFrame } from './InboxFrame';
import { ShiftForm } from './ShiftForm';

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * A team's duty roster for a week, in Norwegian time: who is on which shift, who is on duty now, and a warning for
 * every shift with fewer than two. The team's lead (or an admin) plans and removes shifts here.
 */
export function DutyPage() {
  const { t, language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const teams = useLoad(teamsApi.teams);
  const asked = Number(params.get('team')) || null;
  const [teamId, setTeamId] = useState<number | null>(asked);
  const [week, setWeek] = useState<string | undefined>(undefined);
  const [removing, setRemoving] = useState<DutyShift | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    if (teamId === null && teams.data && teams.data.length > 0) setTeamId(teams.data[0].id);
  }, [teams.data, teamId]);

  const roster = useLoad(useCallback(() => (teamId === null ? Promise.resolve(null) : teamsApi.dutyWeek(teamId, week)), [teamId, week]));
  const data = roster.data;

  function chooseTeam(id: number | null) {
    setTeamId(id);
    if (id !== null) setParams({ team: String(id) }, { replace: true });
  }

  return (
    <InboxFrame heading={t('duty.title')}>
      <VStack gap="space-24">
        <BodyShort>{t('duty.intro')}</BodyShort>
        <StatusMessage text={status} />
        {teams.data === null ? (
          <LoadProblem error={teams.error} />
        ) : teams.data.length === 0 ? (
          <BodyShort>{t('duty.noTeams')}</BodyShort>
        ) : (
          <>
            <HStack gap="space-16" align="end" wrap>
              <RefSelect label={t('inbox.filter.team')} size="small" options={teams.data} value={teamId} onChange={chooseTeam} />
              {data && (
                <HStack gap="space-8" wrap>
                  <Button size="small" variant="secondary" onClick={() => setWeek(addDays(data.from, -7))}>
                    {t('duty.previousWeek')}
                  </Button>
                  <Button size="small" variant="secondary" onClick={() => setWeek(undefined)}>
                    {t('duty.thisWeek')}
                  </Button>
                  <Button size="small" variant="secondary" onClick={() => setWeek(addDays(data.from, 7))}>
                    {t('duty.nextWeek')}
                  </Button>
                </HStack>
              )}
            </HStack>
            {data === null ? (
              <LoadProblem error={roster.error} />
            ) : (
              <VStack gap="space-16">
                <Heading level="2" size="small" aria-live="polite">
                  {t('duty.week', { from: formatDate(data.from, language), to: formatDate(data.to, language) })}
                </Heading>
                <BodyShort>
                  {data.onDutyNow.length === 0
                    ? t('duty.nowNobody')
                    : t('duty.nowPeople', { names: data.onDutyNow.map((p) => p.name).join(', ') })}
                </BodyShort>
                {data.understaffedShifts > 0 && (
                  <Alert variant="warning" size="small">
                    {t('duty.understaffedWarning', { count: data.understaffedShifts })}
                  </Alert>
                )}
                <Table size="small" aria-label={t('duty.table', { team: data.teamName })}>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('duty.day')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('duty.time')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('duty.people')}</Table.HeaderCell>
                      {data.canPlan && <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>}
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {data.days.map((day) => {
                      const shifts = data.shifts.filter((s) => s.date === day.date);
                      const label = formatDate(day.date, language);
                      if (shifts.length === 0) {
                        return (
                          <Table.Row key={day.date}>
                            <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                            <Table.DataCell colSpan={data.canPlan ? 3 : 2}>{day.opens === null ? t('duty.closed') : t('duty.noShifts')}</Table.DataCell>
                          </Table.Row>
                        );
                      }
                      return shifts.map((shift) => (
                        <Table.Row key={shift.id}>
                          <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                          <Table.DataCell>{`${shift.starts}–${shift.ends}`}</Table.DataCell>
                          <Table.DataCell>
                            <HStack gap="space-8" align="center" wrap>
                              <span>{shift.people.map((p) => p.name).join(', ')}</span>
                              {shift.understaffed && (
                                <Tag variant="warning" size="small">
                                  {t('duty.understaffed')}
                                </Tag>
                              )}
                            </HStack>
                          </Table.DataCell>
                          {data.canPlan && (
                            <Table.DataCell>
                              <Button
                                size="small"
                                variant="tertiary"
                                aria-label={t('duty.removeLabel', { day: label, time: `${shift.starts}–${shift.ends}` })}
                                onClick={() => setRemoving(shift)}
                              >
                                {t('duty.remove')}
                              </Button>
                            </Table.DataCell>
                          )}
                        </Table.Row>
                      ));
                    })}
                  </Table.Body>
                </Table>
                {data.canPlan && (
                  <VStack gap="space-8">
                    <Heading level="2" size="small">
                      {t('duty.form.heading')}
                    </Heading>
                    <ShiftForm
                      key={`${data.teamId}-${data.from}`}
                      week={data}
                      onPlanned={(shift) => {
                        setStatus(t('duty.planned', { day: formatDate(shift.date, language), time: `${shift.starts}–${shift.ends}` }));
                        void roster.reload();
                      }}
                    />
                  </VStack>
                )}
              </VStack>
            )}
          </>
        )}
      </VStack>
      {removing && data && (
        <ConfirmModal
          heading={t('duty.removeHeading')}
          body={t('duty.removeBody', { day: formatDate(removing.date, language), time: `${removing.starts}–${removing.ends}` })}
          confirm={t('duty.remove')}
          onConfirm={async () => {
            await teamsApi.removeShift(data.teamId, removing.id);
            setRemoving(null);
            setStatus(t('duty.removed'));
            void roster.reload();
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </InboxFrame>
  );
}
