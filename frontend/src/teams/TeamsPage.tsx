import { useState } from 'react';
import { BodyShort, Button, Heading, Table, VStack } from '@navikt/ds-react';
import { AdminPage } from '../shell/AdminPage';
import { teamsApi } from '../api/teams';
import { identityApi } from '../api/identity';
import type { Team } from '../api/types';
import { useMe } from '../shell/session';
import { useT } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { TeamMembersModal } from './TeamMembersModal';
import { TeamModal } from './TeamModal';
import { TableScroll } from '../common/TableScroll';

/** For administrators: the teams that answer the channel accounts, and who is on them in which role. */
export function TeamsPage() {
  const t = useT();
  const me = useMe();
  const { data, error, reload } = useLoad(teamsApi.teams);
  const units = useLoad(identityApi.units).data ?? [];
  const [dialog, setDialog] = useState<Team | 'new' | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  function done(text: string) {
    setDialog(null);
    setStatus(text);
    void reload();
  }

  if (!me.roles.includes('ADMIN')) return <AdminPage heading={t('teams.title')}>{null}</AdminPage>;
  return (
    <AdminPage heading={t('teams.title')}>
      <VStack gap="space-16">
        <BodyShort>{t('teams.intro')}</BodyShort>
        <StatusMessage text={status} />
        <div>
          <Button onClick={() => setDialog('new')}>{t('teams.new')}</Button>
        </div>
        <Heading level="2" size="medium" id="teams-heading">
          {t('teams.heading')}
        </Heading>
        {data === null ? (
          <LoadProblem error={error} />
        ) : data.length === 0 ? (
          <BodyShort>{t('teams.empty')}</BodyShort>
        ) : (
          <TableScroll>
          <Table size="small" aria-labelledby="teams-heading">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('teams.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('teams.unit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('teams.members')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.map((team) => (
                <Table.Row key={team.id}>
                  <Table.HeaderCell scope="row">{team.name}</Table.HeaderCell>
                  <Table.DataCell>{team.unit?.name ?? '–'}</Table.DataCell>
                  <Table.DataCell>
                    {team.members.map((m) => t('teams.memberWithRole', { name: m.name, role: t(`teams.role.${m.role}`) })).join(', ') || t('common.none')}
                  </Table.DataCell>
                  <Table.DataCell>
                    <Button size="small" variant="secondary" aria-label={t('teams.editMembersLabel', { name: team.name })} onClick={() => setDialog(team)}>
                      {t('teams.editMembers')}
                    </Button>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          </TableScroll>
        )}
      </VStack>
      {dialog === 'new' && <TeamModal units={units} onCreated={(team) => done(t('teams.created', { name: team.name }))} onClose={() => setDialog(null)} />}
      {dialog && dialog !== 'new' && (
        <TeamMembersModal team={dialog} onSaved={(team) => done(t('teams.saved', { name: team.name }))} onClose={() => setDialog(null)} />
      )}
    </AdminPage>
  );
}
