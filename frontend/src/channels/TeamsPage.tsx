import { useState } from 'react';
import { BodyShort, Button, Heading, Table, VStack } from '@navikt/ds-react';
import { AdminPage } from '../shell/AdminPage';
import { channelsApi } from '../api/channels';
import { identityApi } from '../api/identity';
import type { Team } from '../api/types';
import { useT } from '../i18n/i18n';
import { names } from '../common/format';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { TeamMembersModal } from './TeamMembersModal';
import { TeamModal } from './TeamModal';

/** For administrators: the teams that answer the channel accounts, and who is on them. */
export function TeamsPage() {
  const t = useT();
  const { data, error, reload } = useLoad(channelsApi.teams);
  const units = useLoad(identityApi.units).data ?? [];
  const [dialog, setDialog] = useState<Team | 'new' | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  function done(text: string) {
    setDialog(null);
    setStatus(text);
    void reload();
  }

  return (
    <AdminPage heading={t('channels.teams.title')}>
      <VStack gap="space-16">
        <BodyShort>{t('channels.teams.intro')}</BodyShort>
        <StatusMessage text={status} />
        <div>
          <Button onClick={() => setDialog('new')}>{t('channels.teams.new')}</Button>
        </div>
        <Heading level="2" size="medium" id="teams-heading">
          {t('channels.teams.heading')}
        </Heading>
        {data === null ? (
          <LoadProblem error={error} />
        ) : data.length === 0 ? (
          <BodyShort>{t('channels.teams.empty')}</BodyShort>
        ) : (
          <Table size="small" aria-labelledby="teams-heading">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('channels.teams.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('channels.teams.unit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('channels.teams.members')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.map((team) => (
                <Table.Row key={team.id}>
                  <Table.HeaderCell scope="row">{team.name}</Table.HeaderCell>
                  <Table.DataCell>{team.unit?.name ?? '–'}</Table.DataCell>
                  <Table.DataCell>{names(team.members) || t('common.none')}</Table.DataCell>
                  <Table.DataCell>
                    <Button size="small" variant="secondary" aria-label={t('channels.teams.editMembersLabel', { name: team.name })} onClick={() => setDialog(team)}>
                      {t('channels.teams.editMembers')}
                    </Button>
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </VStack>
      {dialog === 'new' && <TeamModal units={units} onCreated={(team) => done(t('channels.teams.created', { name: team.name }))} onClose={() => setDialog(null)} />}
      {dialog && dialog !== 'new' && (
        <TeamMembersModal team={dialog} onSaved={(team) => done(t('channels.teams.saved', { name: team.name }))} onClose={() => setDialog(null)} />
      )}
    </AdminPage>
  );
}
