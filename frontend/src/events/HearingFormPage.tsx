import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, BodyShort, Button, Checkbox, HStack, Textarea, TextField, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import type { Hearing } from '../api/types';
import { DateField } from '../common/DateField';
import { fieldError, formLevelError } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import { useT } from '../i18n/i18n';
import { EventsNav } from './EventsNav';
import { HearingSectionsField } from './HearingSectionsField';
import { HearingUnitsField } from './HearingUnitsField';
import { checkHearing, emptyHearing, fromHearing, toRequest, type HearingForm, type HearingFormErrors } from './hearingForm';

/** `/horinger/ny`: a new hearing, saved as a draft or sent at once (leaders and administrators). */
export function NewHearingPage() {
  const t = useT();
  return <HearingFormView heading={t('events.hearingForm.newHeading')} initial={emptyHearing(new Date())} hearingId={null} />;
}

/** `/horinger/{id}/rediger`: a draft edited by its creator (a sent hearing no longer changes). */
export function EditHearingPage() {
  const id = useRouteId('id');
  const t = useT();
  const load = useCallback(() => eventsApi.hearing(id), [id]);
  const { data, error } = useLoad(load);
  if (data === null) return <LoadProblem error={error} />;
  if (!data.draft || !data.canManage) return <SentHearing hearing={data} />;
  return <HearingFormView heading={t('events.hearingForm.editHeading', { title: data.title })} initial={fromHearing(data)} hearingId={data.id} />;
}

function SentHearing({ hearing }: { hearing: Hearing }) {
  const t = useT();
  return (
    <VStack gap="space-24">
      <PageHeading>{hearing.title}</PageHeading>
      <EventsNav />
      <Alert variant="info">{t('events.hearingForm.notADraft')}</Alert>
    </VStack>
  );
}

function HearingFormView({ heading, initial, hearingId }: { heading: string; initial: HearingForm; hearingId: number | null }) {
  const t = useT();
  const navigate = useNavigate();
  const [form, setForm] = useState(initial);
  const [local, setLocal] = useState<HearingFormErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'draft' | 'send' | null>(null);
  // Once the form was tried, the complaints follow the typing, so a fixed field stops saying it is wrong.
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (tried) setLocal(checkHearing(form, new Date(), t));
  }, [form, tried, t]);
  const set = (part: Partial<HearingForm>) => setForm((current) => ({ ...current, ...part }));

  async function save(draft: boolean, event?: FormEvent) {
    event?.preventDefault();
    setTried(true);
    const problems = checkHearing(form, new Date(), t);
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(draft ? 'draft' : 'send');
    setError(null);
    try {
      const request = toRequest(form, draft);
      const id = hearingId === null ? (await eventsApi.createHearing(request)).id : hearingId;
      if (hearingId !== null) await eventsApi.updateHearing(hearingId, request);
      void navigate(`/horinger/${id}`);
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  }

  const general = formLevelError(error, t);
  return (
    <VStack gap="space-24">
      <PageHeading>{heading}</PageHeading>
      <EventsNav />
      <BodyShort>{t('events.hearingForm.intro')}</BodyShort>
      <form onSubmit={(e) => void save(false, e)} noValidate>
        <VStack gap="space-24">
          <TextField label={t('events.hearingForm.title')} value={form.title} onChange={(e) => set({ title: e.target.value })} error={local.title ?? fieldError(error, 'title')} />
          <Textarea
            label={t('events.hearingForm.summary')}
            description={t('events.hearingForm.summaryHelp')}
            value={form.summary}
            onChange={(e) => set({ summary: e.target.value })}
            error={fieldError(error, 'summary')}
          />
          <HStack gap="space-16" align="start" wrap>
            <DateField label={t('events.hearingForm.deadlineDay')} value={form.day} onChange={(day) => set({ day })} error={local.deadline ?? fieldError(error, 'deadline')} fromDate={new Date()} />
            <TextField label={t('events.hearingForm.deadlineTime')} type="time" value={form.time} onChange={(e) => set({ time: e.target.value })} />
          </HStack>
          <Checkbox checked={form.anonymousAllowed} onChange={(e) => set({ anonymousAllowed: e.target.checked })} description={t('events.hearingForm.anonymousHelp')}>
            {t('events.hearingForm.anonymous')}
          </Checkbox>
          <HearingSectionsField sections={form.sections} onChange={(sections) => set({ sections })} errors={local} error={error} />
          <HearingUnitsField units={form.units} onChange={(units) => set({ units })} error={error} />
          <BodyShort size="small">{t('events.hearingForm.documentsLater')}</BodyShort>
          {general && <Alert variant="error">{general}</Alert>}
          <HStack gap="space-8" wrap>
            <Button type="button" variant="secondary" loading={busy === 'draft'} disabled={busy !== null} onClick={() => void save(true)}>
              {t('events.hearingForm.saveDraft')}
            </Button>
            <Button type="submit" loading={busy === 'send'} disabled={busy !== null}>
              {t('events.hearingForm.send')}
            </Button>
          </HStack>
        </VStack>
      </form>
    </VStack>
  );
}
