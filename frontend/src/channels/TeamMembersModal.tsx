import { useCallback, useMemo, useState } from 'react';
import { TextField } from '@navikt/ds-react';
import { channelsApi } from '../api/channels';
import { identityApi } from '../api/identity';
import type { Team } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { LoadProblem } from '../common/LoadProblem';
import { PeopleChoice, type Choosable } from '../common/PeopleChoice';
import { useLoad } from '../common/useLoad';

/** Chooses a team's advisors among the users who have the advisor role (and the members it already has). */
export function TeamMembersModal({ team, onSaved, onClose }: { team: Team; onSaved: (team: Team) => void; onClose: () => void }) {
  const t = useT();
  const users = useLoad(useCallback(() => identityApi.users(0, 500, ''), []));
  const [chosen, setChosen] = useState(team.members.map((p) => String(p.id)));
  const [filter, setFilter] = useState('');
  const { busy, error, submit } = useSubmit();

  const advisors = useMemo<Choosable[]>(() => {
    const members = team.members.map((p) => ({ id: p.id, name: p.name, detail: p.unitName }));
    const others = (users.data?.items ?? [])
      .filter((u) => u.roles.includes('ADVISOR') && !team.members.some((m) => m.id === u.id))
      .map((u) => ({ id: u.id, name: u.name, detail: u.unit?.name ?? u.username }));
    return [...members, ...others].sort((a, b) => a.name.localeCompare(b.name));
  }, [users.data, team]);

  const save = submit(async () => onSaved(await channelsApi.setTeamMembers(team.id, chosen.map(Number))));

  return (
    <FormModal heading={t('channels.teams.membersHeading', { name: team.name })} submitLabel={t('common.save')} busy={busy} error={error} onClose={onClose} onSubmit={save}>
      {users.data === null && users.error !== null && <LoadProblem error={users.error} />}
      <TextField label={t('forum.admin.findPerson')} description={t('channels.teams.findHint')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <PeopleChoice legend={t('channels.teams.members')} people={advisors} filter={filter} value={chosen} onChange={setChosen} error={fieldError(error, 'userIds')} />
    </FormModal>
  );
}
