import { useCallback, useMemo, useState } from 'react';
import { TextField } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import { teamsApi } from '../api/teams';
import type { Role, Team, TeamRole } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { LoadProblem } from '../common/LoadProblem';
import { PeopleChoice, type Choosable } from '../common/PeopleChoice';
import { useLoad } from '../common/useLoad';

const ROLE_OF: Record<TeamRole, Role> = { ADVISOR: 'ADVISOR', EDITOR: 'EDITOR', LEAD: 'ADVISOR' };

/** A lead answers citizens too: they are chosen among the advisors and keep leading when saved. */
const chosenAs = (role: TeamRole, memberRole: TeamRole) => memberRole === role || (role === 'ADVISOR' && memberRole === 'LEAD');

/**
 * Chooses a team's members and their role in it: advisors among the users with the advisor role, editors among those
 * with the editor role (and the members it already has). Someone chosen as both is an advisor.
 */
export function TeamMembersModal({ team, onSaved, onClose }: { team: Team; onSaved: (team: Team) => void; onClose: () => void }) {
  const t = useT();
  const users = useLoad(useCallback(() => identityApi.users(0, 500, ''), []));
  const ids = (role: TeamRole) => team.members.filter((m) => chosenAs(role, m.role)).map((m) => String(m.id));
  const leads = team.members.filter((m) => m.role === 'LEAD').map((m) => String(m.id));
  const [advisors, setAdvisors] = useState(ids('ADVISOR'));
  const [editors, setEditors] = useState(ids('EDITOR'));
  const [filter, setFilter] = useState('');
  const { busy, error, submit } = useSubmit();

  const candidates = useMemo(() => {
    const of = (role: TeamRole): Choosable[] => {
      const members = team.members.filter((m) => chosenAs(role, m.role)).map((p) => ({ id: p.id, name: p.name, detail: p.unitName }));
      const others = (users.data?.items ?? [])
        .filter((u) => u.roles.includes(ROLE_OF[role]) && !members.some((m) => m.id === u.id))
        .map((u) => ({ id: u.id, name: u.name, detail: u.unit?.name ?? u.username }));
      return [...members, ...others].sort((a, b) => a.name.localeCompare(b.name));
    };
    return { ADVISOR: of('ADVISOR'), EDITOR: of('EDITOR') };
  }, [users.data, team]);

  const save = submit(async () => {
    const members = [
      ...advisors.map((id) => ({ userId: Number(id), role: leads.includes(id) ? ('LEAD' as const) : ('ADVISOR' as const) })),
      ...editors.filter((id) => !advisors.includes(id)).map((id) => ({ userId: Number(id), role: 'EDITOR' as const })),
    ];
    onSaved(await teamsApi.setMembers(team.id, members));
  });

  return (
    <FormModal heading={t('teams.membersHeading', { name: team.name })} submitLabel={t('common.save')} busy={busy} error={error} onClose={onClose} onSubmit={save}>
      {users.data === null && users.error !== null && <LoadProblem error={users.error} />}
      <TextField label={t('forum.admin.findPerson')} description={t('teams.findHint')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <PeopleChoice legend={t('teams.advisors')} people={candidates.ADVISOR} filter={filter} value={advisors} onChange={setAdvisors} error={fieldError(error, 'members')} />
      <PeopleChoice legend={t('teams.editors')} people={candidates.EDITOR} filter={filter} value={editors} onChange={setEditors} />
    </FormModal>
  );
}
