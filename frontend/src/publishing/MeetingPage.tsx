import { useCallback, useState } from 'react';
import { BodyShort, Button, HStack, Link, Select, Textarea, TextField, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { publishingApi } from '../api/publishing';
import { teamsApi } from '../api/teams';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { useSubmit } from '../common/useSubmit';
import { useMe } from '../shell/session';
import { isoWeekOf } from './isoWeek';
import { MeetingInboxSection } from './MeetingInboxSection';
import './publishing.css';

/** The weekly editorial meeting of one of the editor's teams: built from the data, with minutes and actions. */
export function MeetingPage() {
  const { t, language } = useLanguage();
  const me = useMe();
  const teams = useLoad(useCallback(() => teamsApi.teams(), []));
  const mine = (teams.data ?? []).filter((team) => team.members.some((m) => m.id === me.id));
  const [teamId, setTeamId] = useState('');
  // Any week's meeting: this week's by default, earlier ones to read back, the next to prepare.
  const [day, setDay] = useState(() => new Date());
  const week = isoWeekOf(day);
  const team = mine.find((tm) => String(tm.id) === teamId) ?? mine[0];
  const selected = team?.id;
  const meeting = useLoad(useCallback(() => (selected ? publishingApi.meeting(selected, week) : Promise.resolve(null)), [selected, week]));
  const [minutes, setMinutes] = useState<string | null>(null);
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const saving = useSubmit({ resetBusyOnSuccess: true });
  const adding = useSubmit({ resetBusyOnSuccess: true });

  const toWeek = (weeks: number) => {
    setDay((d) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + 7 * weeks));
    setMinutes(null);
    setStatus(null);
  };

  const save = saving.submit(async () => {
    await publishingApi.saveMinutes(team!.id, week, minutes ?? meeting.data?.minutes ?? '');
    setStatus(t('publishing.meeting.saved'));
    await meeting.reload();
  });
  const add = adding.submit(
    async () => {
      await publishingApi.addAction(team!.id, week, action.trim(), Number(owner));
      setAction('');
      setStatus(t('publishing.meeting.actionAdded'));
      await meeting.reload();
    },
    () => {
      if (owner) return true;
      adding.setError(new ApiError(400, { errors: [{ field: 'ownerId', detail: t('publishing.meeting.chooseOwner') }] }));
      return false;
    },
  );

  return (
    <VStack gap="space-32" className="publishing-meeting">
      <PageHeading>{t('publishing.meeting.title', { week: String(Number(week.slice(6))), year: week.slice(0, 4) })}</PageHeading>
      <StatusMessage text={status} />
      {teams.data === null ? (
        <LoadProblem error={teams.error} />
      ) : mine.length === 0 ? (
        <BodyShort>{t('publishing.meeting.noTeam')}</BodyShort>
      ) : (
        <HStack gap="space-16" align="end" wrap className="publishing-no-print">
          <Select label={t('publishing.meeting.team')} value={String(team?.id ?? '')} onChange={(e) => setTeamId(e.target.value)}>
            {mine.map((tm) => (
              <option key={tm.id} value={tm.id}>
                {tm.name}
              </option>
            ))}
          </Select>
          {team && <Link href={publishingApi.markdownUrl(team.id, week)}>{t('publishing.meeting.markdown')}</Link>}
          {team && <Link href={publishingApi.pdfUrl(team.id, week)}>{t('publishing.meeting.pdf')}</Link>}
          <Button type="button" variant="secondary" onClick={() => toWeek(-1)}>
            {t('publishing.grid.previousWeek')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => toWeek(1)}>
            {t('publishing.grid.nextWeek')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => window.print()}>
            {t('publishing.meeting.print')}
          </Button>
        </HStack>
      )}
      {meeting.data === null ? (
        team && <LoadProblem error={meeting.error} />
      ) : (
        <>
          <Section heading={t('publishing.meeting.themes')}>
            <ul>
              {meeting.data.upcomingThemes.map((th) => (
                <li key={th.id}>
                  {th.title} ({th.startsOn}–{th.endsOn})
                </li>
              ))}
            </ul>
          </Section>
          <Section heading={t('publishing.meeting.lastWeek')}>
            {meeting.data.lastWeekPosts.length === 0 ? (
              <BodyShort>{t('publishing.meeting.none')}</BodyShort>
            ) : (
              <ul>
                {meeting.data.lastWeekPosts.map((p) => (
                  <li key={p.id}>
                    {formatDateTime(p.publishAt, language)}, {p.accountName}: <span className="samtale-text">{p.text}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <MeetingInboxSection meeting={meeting.data} />
          <Section heading={t('publishing.meeting.waiting')}>
            {meeting.data.awaitingApproval.length === 0 ? (
              <BodyShort>{t('publishing.meeting.none')}</BodyShort>
            ) : (
              <ul>
                {meeting.data.awaitingApproval.map((p) => (
                  <li key={p.id}>
                    {formatDateTime(p.publishAt, language)}, {p.accountName}: <span className="samtale-text">{p.text}</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section heading={t('publishing.meeting.actions')}>
            <ul>
              {meeting.data.actions.map((a) => (
                <li key={a.id}>
                  {a.doneAt ? t('publishing.meeting.done') : t('publishing.meeting.open')}: {a.text} ({a.owner?.name ?? t('common.none')})
                </li>
              ))}
            </ul>
            <form onSubmit={add} noValidate className="publishing-no-print">
              <VStack gap="space-8">
                {formLevelError(adding.error, t) && <BodyShort role="alert">{formLevelError(adding.error, t)}</BodyShort>}
                <TextField label={t('publishing.meeting.newAction')} value={action} onChange={(e) => setAction(e.target.value)} error={fieldError(adding.error, 'text')} />
                <Select label={t('publishing.meeting.owner')} value={owner} onChange={(e) => setOwner(e.target.value)} error={fieldError(adding.error, 'ownerId')}>
                  <option value="">{t('publishing.meeting.chooseOwner')}</option>
                  {team?.members.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </Select>
                <div>
                  <Button type="submit" size="small" variant="secondary" loading={adding.busy}>
                    {t('publishing.meeting.addAction')}
                  </Button>
                </div>
              </VStack>
            </form>
          </Section>
          <Section heading={t('publishing.meeting.minutes')}>
            <form onSubmit={save} noValidate>
              <VStack gap="space-8">
                {formLevelError(saving.error, t) && <BodyShort role="alert">{formLevelError(saving.error, t)}</BodyShort>}
                <Textarea
                  label={t('publishing.meeting.minutes')}
                  hideLabel
                  minRows={6}
                  value={minutes ?? meeting.data.minutes ?? ''}
                  onChange={(e) => setMinutes(e.target.value)}
                  error={fieldError(saving.error, 'minutes')}
                />
                <div className="publishing-no-print">
                  <Button type="submit" size="small" loading={saving.busy}>
                    {t('publishing.meeting.save')}
                  </Button>
                </div>
              </VStack>
            </form>
          </Section>
        </>
      )}
    </VStack>
  );
}
