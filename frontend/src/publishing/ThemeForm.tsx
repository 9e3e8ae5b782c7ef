import { useCallback, useState } from 'react';
import { BodyShort, Button, Checkbox, CheckboxGroup, HStack, Radio, RadioGroup, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { publishingApi, type ThemeInput } from '../api/publishing';
import { teamsApi } from '../api/teams';
import type { PublishingCalendar, WheelTheme } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { useLoad } from '../common/useLoad';
import { useSubmit } from '../common/useSubmit';
import { useMe } from '../shell/session';

type CalendarAccount = PublishingCalendar['accounts'][number];

interface Props {
  /** The theme to change; null for a new one. */
  theme: WheelTheme | null;
  year: number;
  accounts: CalendarAccount[];
  onDone: (message: string | null) => void;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * A theme of the yearly wheel written or changed on the page (the same API as the CSV import): its team, title,
 * description, key messages and links one a line, the accounts it concerns, and a period of months or ISO weeks.
 */
export function ThemeForm({ theme, year, accounts, onDone }: Props) {
  const t = useT();
  const me = useMe();
  const teams = useLoad(useCallback(() => teamsApi.teams(), []));
  const mine = (teams.data ?? []).filter((team) => team.members.some((m) => m.id === me.id));
  const [teamId, setTeamId] = useState(theme ? String(theme.teamId) : '');
  const [title, setTitle] = useState(theme?.title ?? '');
  const [description, setDescription] = useState(theme?.description ?? '');
  const [keyMessages, setKeyMessages] = useState((theme?.keyMessages ?? []).join('\n'));
  const [links, setLinks] = useState((theme?.links ?? []).join('\n'));
  const [accountIds, setAccountIds] = useState<string[]>((theme?.accounts ?? []).map((a) => String(a.id)));
  const [unit, setUnit] = useState<string>(theme?.period.unit ?? 'MONTHS');
  const [from, setFrom] = useState(theme ? String(theme.period.from) : '');
  const [to, setTo] = useState(theme ? String(theme.period.to) : '');
  const [onlyThisYear, setOnlyThisYear] = useState(theme ? theme.year !== null : false);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  const chosenTeam = teamId || (mine.length === 1 ? String(mine[0].id) : '');

  const save = submit(async () => {
    const input: ThemeInput = {
      teamId: chosenTeam ? Number(chosenTeam) : null,
      year: onlyThisYear ? year : null,
      title: title.trim(),
      description: description.trim(),
      keyMessages: lines(keyMessages),
      links: lines(links),
      accountIds: accountIds.map(Number),
      periodUnit: unit,
      periodFrom: from.trim() ? Number(from) : null,
      periodTo: to.trim() ? Number(to) : null,
    };
    if (theme) await publishingApi.updateTheme(theme.id, input);
    else await publishingApi.createTheme(input);
    onDone(t(theme ? 'publishing.themes.saved' : 'publishing.themes.created', { title: input.title }));
  });

  return (
    <form onSubmit={save} noValidate className="publishing-theme-form">
      <VStack gap="space-16">
        <BodyShort weight="semibold" as="h3">
          {theme ? t('publishing.themes.editHeading', { title: theme.title }) : t('publishing.themes.newHeading')}
        </BodyShort>
        {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
        {!theme && mine.length > 1 && (
          <Select label={t('publishing.themes.team')} value={teamId} onChange={(e) => setTeamId(e.target.value)} error={fieldError(error, 'teamId', t('publishing.themes.team'))}>
            <option value="">{t('publishing.themes.chooseTeam')}</option>
            {mine.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </Select>
        )}
        <TextField label={t('publishing.themes.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={fieldError(error, 'title', t('publishing.themes.title'))} />
        <Textarea label={t('publishing.themes.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={fieldError(error, 'description', t('publishing.themes.description'))} />
        <Textarea label={t('publishing.themes.keyMessages')} description={t('publishing.themes.oneALine')} value={keyMessages} onChange={(e) => setKeyMessages(e.target.value)} error={fieldError(error, 'keyMessages', t('publishing.themes.keyMessages'))} />
        <Textarea label={t('publishing.themes.links')} description={t('publishing.themes.oneALine')} value={links} onChange={(e) => setLinks(e.target.value)} error={fieldError(error, 'links', t('publishing.themes.links'))} />
        {accounts.length > 0 && (
          <CheckboxGroup legend={t('publishing.themes.accounts')} value={accountIds} onChange={setAccountIds} error={fieldError(error, 'accountIds', t('publishing.themes.accounts'))}>
            {accounts.map((a) => (
              <Checkbox key={a.id} value={String(a.id)}>
                {a.name} ({t(`platform.${a.platform}`)})
              </Checkbox>
            ))}
          </CheckboxGroup>
        )}
        <RadioGroup legend={t('publishing.themes.unit')} value={unit} onChange={setUnit} error={fieldError(error, 'period.unit', t('publishing.themes.unit'))}>
          <Radio value="MONTHS">{t('publishing.themes.unitMonths')}</Radio>
          <Radio value="WEEKS">{t('publishing.themes.unitWeeks')}</Radio>
        </RadioGroup>
        <HStack gap="space-16" wrap>
          <TextField label={t('publishing.themes.from')} htmlSize={4} inputMode="numeric" value={from} onChange={(e) => setFrom(e.target.value)} error={fieldError(error, 'period.from', t('publishing.themes.from'))} />
          <TextField label={t('publishing.themes.to')} htmlSize={4} inputMode="numeric" value={to} onChange={(e) => setTo(e.target.value)} error={fieldError(error, 'period.to', t('publishing.themes.to'))} />
        </HStack>
        <Checkbox checked={onlyThisYear} onChange={(e) => setOnlyThisYear(e.target.checked)}>
          {t('publishing.themes.onlyThisYear', { year })}
        </Checkbox>
        <HStack gap="space-8">
          <Button type="submit" size="small" loading={busy}>
            {t('publishing.themes.save')}
          </Button>
          <Button type="button" size="small" variant="secondary" onClick={() => onDone(null)}>
            {t('publishing.themes.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
