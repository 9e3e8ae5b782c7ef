import { useCallback, useState } from 'react';
import { BodyShort, Button, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { campaignsApi } from '../../api/campaigns';
import { teamsApi } from '../../api/teams';
import { useT } from '../../i18n/i18n';
import { fieldError, formLevelError } from '../../common/forms';
import { useLoad } from '../../common/useLoad';
import { DateField } from '../../common/DateField';
import { useSubmit } from '../../common/useSubmit';
import { useMe } from '../../shell/session';

/** A new campaign of one of the editor's teams: title, description, goal and period. */
export function CampaignForm({ onSaved }: { onSaved: (title: string) => void }) {
  const t = useT();
  const me = useMe();
  const teams = useLoad(useCallback(() => teamsApi.teams(), []));
  const mine = (teams.data ?? []).filter((team) => team.members.some((m) => m.id === me.id));
  const [teamId, setTeamId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [goal, setGoal] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const chosen = teamId || (mine.length === 1 ? String(mine[0].id) : '');

  const save = submit(async () => {
    const created = await campaignsApi.create({
      teamId: chosen ? Number(chosen) : null,
      title: title.trim(),
      description: description.trim(),
      goal: goal.trim(),
      startsOn: startsOn || null,
      endsOn: endsOn || null,
    });
    setTitle('');
    setDescription('');
    setGoal('');
    onSaved(created.title);
  });

  return (
    <form onSubmit={save} noValidate>
      <VStack gap="space-16" className="samtale-campaign-form">
        {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
        <Select label={t('publishing.campaigns.team')} value={chosen} onChange={(e) => setTeamId(e.target.value)} error={fieldError(error, 'teamId', t('publishing.campaigns.team'))}>
          <option value="">{t('publishing.campaigns.chooseTeam')}</option>
          {mine.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </Select>
        <TextField label={t('publishing.campaigns.campaignTitle')} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError(error, 'title', t('publishing.campaigns.campaignTitle'))} />
        <Textarea label={t('publishing.campaigns.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={fieldError(error, 'description', t('publishing.campaigns.description'))} />
        <TextField label={t('publishing.campaigns.goal')} value={goal} onChange={(e) => setGoal(e.target.value)} error={fieldError(error, 'goal', t('publishing.campaigns.goal'))} />
        <DateField label={t('publishing.campaigns.startsOn')} value={startsOn} onChange={setStartsOn} error={fieldError(error, 'startsOn', t('publishing.campaigns.startsOn'))} />
        <DateField label={t('publishing.campaigns.endsOn')} value={endsOn} onChange={setEndsOn} error={fieldError(error, 'endsOn', t('publishing.campaigns.endsOn'))} />
        <div>
          <Button type="submit" loading={busy}>
            {t('publishing.campaigns.create')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
