import { useState } from 'react';
import { Checkbox, CheckboxGroup, HStack, Select, TextField } from '@navikt/ds-react';
import { channelsApi } from '../api/channels';
import { CONNECTORS, PLATFORMS, WEEKDAYS, type Account, type AccountDraft, type Team, type Weekday } from '../api/types';
import { useT } from '../i18n/i18n';
import { FormModal } from '../common/FormModal';
import { RefSelect } from '../common/RefSelect';
import { fieldError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

interface Props {
  /** The account to change, or null for a new one. */
  account: Account | null;
  teams: Team[];
  onSaved: (account: Account) => void;
  onClose: () => void;
}

const WEEKDAYS_ONLY: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

function initial(account: Account | null, teams: Team[]): AccountDraft {
  if (account) {
    const { platform, name, handle, team, connector, openingHours, responseTargetMinutes, privateRepliesNeedApproval } = account;
    return { platform, name, handle, teamId: team.id, connector, openingHours, responseTargetMinutes, privateRepliesNeedApproval };
  }
  return {
    platform: 'FACEBOOK',
    name: '',
    handle: '',
    teamId: teams[0]?.id ?? null,
    connector: 'SIMULATOR',
    openingHours: { days: WEEKDAYS_ONLY, opens: '09:00', closes: '15:00', zone: 'Europe/Oslo' },
    responseTargetMinutes: 120,
    privateRepliesNeedApproval: true,
  };
}

/** Creates or changes a channel account: platform, team, connector, opening hours, response target, approval rule. */
export function AccountModal({ account, teams, onSaved, onClose }: Props) {
  const t = useT();
  const [form, setForm] = useState<AccountDraft>(() => initial(account, teams));
  const [target, setTarget] = useState(String(form.responseTargetMinutes));
  const { busy, error, submit } = useSubmit();
  const set = (changes: Partial<AccountDraft>) => setForm((f) => ({ ...f, ...changes }));
  const setHours = (changes: Partial<AccountDraft['openingHours']>) => set({ openingHours: { ...form.openingHours, ...changes } });
  const hoursError = (part: string) => fieldError(error, `openingHours.${part}`);

  const save = submit(async () => {
    const body = { ...form, name: form.name.trim(), handle: form.handle.trim(), responseTargetMinutes: Number(target) };
    onSaved(account ? await channelsApi.updateAccount(account.id, body) : await channelsApi.createAccount(body));
  });

  return (
    <FormModal
      heading={account ? t('channels.accounts.editHeading', { name: account.name }) : t('channels.accounts.new')}
      submitLabel={account ? t('common.save') : t('channels.accounts.create')}
      busy={busy}
      error={error}
      onClose={onClose}
      onSubmit={save}
    >
      <Select label={t('channels.accounts.platform')} value={form.platform} onChange={(e) => set({ platform: e.target.value as AccountDraft['platform'] })} error={fieldError(error, 'platform')}>
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {t(`platform.${p}`)}
          </option>
        ))}
      </Select>
      <TextField label={t('channels.accounts.name')} value={form.name} onChange={(e) => set({ name: e.target.value })} error={fieldError(error, 'name')} />
      <TextField
        label={t('channels.accounts.handle')}
        description={t('channels.accounts.handleHint')}
        value={form.handle}
        onChange={(e) => set({ handle: e.target.value })}
        error={fieldError(error, 'handle')}
      />
      <RefSelect
        label={t('channels.accounts.team')}
        noneLabel={t('channels.accounts.chooseTeam')}
        options={teams}
        value={form.teamId}
        onChange={(teamId) => set({ teamId })}
        error={fieldError(error, 'teamId')}
      />
      <Select
        label={t('channels.accounts.connector')}
        description={t('channels.accounts.connectorHint')}
        value={form.connector}
        onChange={(e) => set({ connector: e.target.value as AccountDraft['connector'] })}
        error={fieldError(error, 'connector')}
      >
        {CONNECTORS.map((c) => (
          <option key={c} value={c}>
            {t(`channels.connector.${c}`)}
          </option>
        ))}
      </Select>
      <CheckboxGroup
        legend={t('channels.accounts.days')}
        value={form.openingHours.days}
        onChange={(days: Weekday[]) => setHours({ days: WEEKDAYS.filter((d) => days.includes(d)) })}
        error={hoursError('days') ?? fieldError(error, 'openingHours')}
      >
        {WEEKDAYS.map((d) => (
          <Checkbox key={d} value={d}>
            {t(`weekday.${d}`)}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <HStack gap="space-16" wrap>
        <TextField label={t('channels.accounts.opens')} type="time" value={form.openingHours.opens} onChange={(e) => setHours({ opens: e.target.value })} error={hoursError('opens')} />
        <TextField label={t('channels.accounts.closes')} type="time" value={form.openingHours.closes} onChange={(e) => setHours({ closes: e.target.value })} error={hoursError('closes')} />
      </HStack>
      <TextField
        label={t('channels.accounts.target')}
        description={t('channels.accounts.targetHint')}
        inputMode="numeric"
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        error={fieldError(error, 'responseTargetMinutes')}
        htmlSize={8}
      />
      <Checkbox
        checked={form.privateRepliesNeedApproval}
        onChange={(e) => set({ privateRepliesNeedApproval: e.target.checked })}
        description={t('channels.accounts.approvalHint')}
      >
        {t('channels.accounts.privateApproval')}
      </Checkbox>
    </FormModal>
  );
}
