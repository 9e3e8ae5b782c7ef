import { useCallback, useState } from 'react';
import { Alert, BodyShort, Button, Checkbox, Radio, RadioGroup, Select, Table, Textarea, VStack } from '@navikt/ds-react';
import { eventsApi } from '../api/events';
import { HEARING_STANCES, type Hearing, type HearingStance } from '../api/types';
import { formatDateTime, useLanguage, useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { Section } from '../common/Section';
import { StatusMessage } from '../common/StatusMessage';
import { TableScroll } from '../common/TableScroll';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import { EventsNav } from './EventsNav';
import { HearingDocuments } from './HearingDocuments';
import { HearingDraftPanel } from './HearingDraftPanel';
import { HearingUnitChanges, HearingUnitsEditor } from './HearingUnitsEditor';
import { JournalButton } from '../archive/JournalButton';

/** One hearing: the proposal by section, the invited units and their status, documents and exports, the response form, the summary. */
export function HearingPage() {
  const id = useRouteId('id');
  const { t, language } = useLanguage();
  const load = useCallback(() => eventsApi.hearing(id), [id]);
  const { data, error, reload } = useLoad(load);
  const loadSummary = useCallback(() => eventsApi.hearingSummary(id), [id]);
  const summary = useLoad(loadSummary);
  const [status, setStatus] = useState<string | null>(null);
  if (data === null) return <LoadProblem error={error} />;

  async function refresh(text: string) {
    setStatus(text);
    await reload();
    await summary.reload();
  }

  async function approve(responseId: number) {
    try {
      await eventsApi.approveResponse(data!.id, responseId);
      await refresh(t('events.hearing.approvedResponse'));
    } catch (e) {
      setStatus(errorText(e, t));
    }
  }

  return (
    <VStack gap="space-24">
      <PageHeading>{data.title}</PageHeading>
      <EventsNav />
      {data.draft && <HearingDraftPanel hearing={data} onSent={refresh} />}
      <BodyShort>{data.summary}</BodyShort>
      <BodyShort>{t('events.hearings.deadline', { date: formatDateTime(data.deadline, language) })}</BodyShort>
      <StatusMessage text={status} />
      <Section heading={t('events.hearing.sections')}>
        <ol className="samtale-events-list">
          {data.sections.map((s) => (
            <li key={s.id}>
              <BodyShort weight="semibold">{s.title}</BodyShort>
              <BodyShort>{s.body}</BodyShort>
            </li>
          ))}
        </ol>
      </Section>
      <Section heading={t('events.hearing.units')} id="hearing-units">
        <TableScroll>
          <Table size="small" aria-labelledby="hearing-units">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('events.hearing.unit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('events.hearing.responsible')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('events.hearing.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.units.map((u) => (
                <Table.Row key={u.unitId}>
                  <Table.DataCell>{u.name}</Table.DataCell>
                  <Table.DataCell>{u.responsible.name}</Table.DataCell>
                  <Table.DataCell>{t(`events.hearing.unitStatus.${u.status}`)}</Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </Section>
      {data.canManage && data.open && !data.draft && <HearingUnitsEditor hearing={data} onChanged={refresh} />}
      <HearingUnitChanges changes={data.unitChanges} />
      {data.awaitingMyApproval.length > 0 && (
        <Section heading={t('events.hearing.awaiting')}>
          <ul className="samtale-plain-list samtale-events-list">
            {data.awaitingMyApproval.map((p) => (
              <li key={p.id}>
                <BodyShort>{t('events.hearing.awaitingItem', { unit: p.unitName, name: p.author.name })}</BodyShort>
                <Button size="small" onClick={() => void approve(p.id)}>
                  {t('events.hearing.approve')}
                </Button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <HearingDocuments hearing={data} onChanged={refresh} />
      {data.open && !data.draft && <ResponseForm hearing={data} onSent={(text) => void refresh(text)} />}
      <Section heading={t('events.hearing.summary')}>
        {summary.data === null ? (
          <LoadProblem error={summary.error} />
        ) : (
          <VStack gap="space-16">
            <BodyShort>{t('events.hearing.responses', { count: summary.data.responses })}</BodyShort>
            {data.publishedDiscussionId != null && <JournalButton sourceKind="HEARING" sourceId={data.id} />}
            {summary.data.sections.map((s) => (
              <VStack key={s.sectionId} gap="space-4">
                <BodyShort weight="semibold">{s.title}</BodyShort>
                <BodyShort size="small">{t('events.hearing.counts', { agree: s.agree, disagree: s.disagree, comments: s.comments })}</BodyShort>
                <ul>
                  {s.quotes.map((q, i) => (
                    <li key={i}>
                      <BodyShort size="small">
                        «{q.text}» – {q.by}
                      </BodyShort>
                    </li>
                  ))}
                </ul>
              </VStack>
            ))}
          </VStack>
        )}
      </Section>
    </VStack>
  );
}

type Draft = Record<number, { stance: HearingStance | ''; comment: string }>;

function ResponseForm({ hearing, onSent }: { hearing: Hearing; onSent: (status: string) => void }) {
  const t = useT();
  const mine = hearing.units.filter((u) => u.canSpeakFor && (u.status === 'NOT_ANSWERED' || u.status === 'LATE'));
  const [as, setAs] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [draft, setDraft] = useState<Draft>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function send(event: React.FormEvent) {
    event.preventDefault();
    const answers = hearing.sections
      .filter((s) => (draft[s.id]?.stance ?? '') !== '')
      .map((s) => ({ sectionId: s.id, stance: draft[s.id].stance as HearingStance, comment: draft[s.id].comment.trim() || null }));
    if (answers.length === 0) {
      setProblem(t('events.hearing.answerOne'));
      return;
    }
    try {
      const sent = await eventsApi.respond(hearing.id, { unitId: as === '' ? null : Number(as), anonymous: as === '' && anonymous, noComments: false, answers });
      setDraft({});
      setProblem(null);
      onSent(sent.status === 'AWAITING_APPROVAL' ? t('events.hearing.sentForApproval') : t('events.hearing.sent'));
    } catch (e) {
      setProblem(errorText(e, t));
    }
  }

  return (
    <Section heading={t('events.hearing.respond')}>
      <form onSubmit={(e) => void send(e)} noValidate>
        <VStack gap="space-16">
          <Select label={t('events.hearing.as')} value={as} onChange={(e) => setAs(e.target.value)}>
            <option value="">{t('events.hearing.asMyself')}</option>
            {mine.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {t('events.hearing.asUnit', { unit: u.name })}
              </option>
            ))}
          </Select>
          {hearing.anonymousAllowed && as === '' && (
            <Checkbox checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} description={t('events.hearing.anonymousHelp')}>
              {t('events.hearing.anonymous')}
            </Checkbox>
          )}
          {hearing.sections.map((s) => (
            <VStack key={s.id} gap="space-8">
              <RadioGroup
                legend={s.title}
                value={draft[s.id]?.stance ?? ''}
                onChange={(stance: HearingStance | '') => setDraft({ ...draft, [s.id]: { stance, comment: draft[s.id]?.comment ?? '' } })}
              >
                <Radio value="">{t('events.hearing.stance.none')}</Radio>
                {HEARING_STANCES.map((stance) => (
                  <Radio key={stance} value={stance}>
                    {t(`events.hearing.stance.${stance}`)}
                  </Radio>
                ))}
              </RadioGroup>
              <Textarea
                label={t('events.hearing.comment', { section: s.title })}
                value={draft[s.id]?.comment ?? ''}
                onChange={(e) => setDraft({ ...draft, [s.id]: { stance: draft[s.id]?.stance ?? 'COMMENT', comment: e.target.value } })}
              />
            </VStack>
          ))}
          {problem && <Alert variant="error">{problem}</Alert>}
          <div>
            <Button type="submit">{t('events.hearing.send')}</Button>
          </div>
        </VStack>
      </form>
    </Section>
  );
}
