import { useCallback, useMemo, useState } from 'react';
import { TextField } from '@navikt/ds-react';
import { forumApi } from '../api/forum';
import { identityApi } from '../api/identity';
import type { SpaceSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';
import { ForumLoadProblem } from './ForumLoadProblem';
import { PeopleChoice, type Choosable } from '../common/PeopleChoice';
import { useLoad } from '../common/useLoad';

interface Props {
  space: SpaceSummary;
  onSaved: (space: SpaceSummary) => void;
  onClose: () => void;
}

/** Chooses a space's moderators and experts among the users (only administrators can list them). */
export function StaffModal({ space, onSaved, onClose }: Props) {
  const t = useT();
  const { data: users, error: loadError } = useLoad(useCallback(() => identityApi.users(0, 200, ''), []));
  const [moderatorIds, setModeratorIds] = useState(space.moderators.map((p) => String(p.id)));
  const [expertIds, setExpertIds] = useState(space.experts.map((p) => String(p.id)));
  const [filter, setFilter] = useState('');
  const { busy, error, submit } = useSubmit();

  // The current staff stay choosable even if they are not among the users listed.
  const people = useMemo<Choosable[]>(() => {
    const byId = new Map<number, Choosable>();
    for (const p of [...space.moderators, ...space.experts]) byId.set(p.id, { id: p.id, name: p.name, detail: p.unitName });
    for (const u of users?.items ?? []) byId.set(u.id, { id: u.id, name: u.name, detail: u.username });
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [users, space]);

  const save = submit(async () => {
    onSaved(await forumApi.setStaff(space.id, { moderatorIds: moderatorIds.map(Number), expertIds: expertIds.map(Number) }));
  });

  return (
    <FormModal
      heading={t('forum.admin.staffHeading', { name: space.name })}
      submitLabel={t('common.save')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={save}
    >
      {users === null && loadError !== null && <ForumLoadProblem error={loadError} />}
      <TextField label={t('forum.admin.findPerson')} description={t('forum.admin.findPersonHint')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      <PeopleChoice legend={t('forum.moderators')} people={people} filter={filter} value={moderatorIds} onChange={setModeratorIds} error={fieldError(error, 'moderatorIds')} />
      <PeopleChoice legend={t('forum.experts')} people={people} filter={filter} value={expertIds} onChange={setExpertIds} error={fieldError(error, 'expertIds')} />
    </FormModal>
  );
}
