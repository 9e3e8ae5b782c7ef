import { useCallback, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Alert, BodyShort, Button, Checkbox, CheckboxGroup, Heading, HStack, Link, Radio, RadioGroup, Select, Table, Textarea, TextField, VStack } from '@navikt/ds-react';
import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import { get } from '../api/http';
import { ApiError } from '../api/http';
import { errorText, fieldError, formLevelError } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { TableScroll } from '../common/TableScroll';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nb';
import { surveysApi, type SurveyTemplate } from './analyticsApi';
import { hasOptions, optionLines, surveyChecks, type DraftQuestion } from './surveyChecks';

const KINDS = ['YES_NO', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE_1_5', 'NPS', 'FREE_TEXT'] as const;
type Kind = (typeof KINDS)[number];

const empty = (): DraftQuestion => ({ kind: 'YES_NO', text: '', options: '' });

/** The surveys: the list with their answers, and the builder (from scratch or from one of the seeds' templates). */
export function SurveysPage() {
  const t = useT();
  const navigate = useNavigate();
  const load = useCallback(
    async () => ({ surveys: await surveysApi.list(), templates: await surveysApi.templates(), units: await get<{ id: number; name: string }[]>('/api/v1/units') }),
    [],
  );
  const [unitIds, setUnitIds] = useState<number[]>([]);
  const { data, error } = useLoad(load);
  const [title, setTitle] = useState('');
  const [audience, setAudience] = useState<'PUBLIC' | 'EMPLOYEES'>('PUBLIC');
  const [questions, setQuestions] = useState<DraftQuestion[]>([empty()]);
  const [once, setOnce] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [local, setLocal] = useState<Record<string, string>>({});

  if (!data) return <LoadProblem error={error} forbidden={t('analytics.surveys.forbidden')} />;

  const useTemplate = (template: SurveyTemplate) => {
    setTitle(template.title);
    setAudience(template.audience === 'EMPLOYEES' ? 'EMPLOYEES' : 'PUBLIC');
    setQuestions(template.questions.map((q) => ({ kind: (q.kind ?? 'YES_NO') as Kind, text: q.text ?? '', options: (q.options ?? []).join('\n') })));
  };
  // An edited field's complaint no longer holds.
  const edited = (field: string) => setLocal(({ [field]: _, ...rest }) => rest);
  const change = (i: number, next: Partial<DraftQuestion>) => {
    setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...next } : q)));
    Object.keys(next).forEach((key) => edited(`questions[${i}].${key}`));
  };

  const create = async () => {
    const checks = surveyChecks(title, questions, t);
    setLocal(checks);
    setFailure(null);
    setProblem(null);
    if (Object.keys(checks).length > 0) return;
    try {
      const { id } = await surveysApi.create({
        title,
        audience,
        oneAnswerPerBrowser: audience === 'PUBLIC' && once,
        closesAt: null,
        ...(audience === 'EMPLOYEES' && unitIds.length > 0 ? { unitIds } : {}),
        questions: questions.map((q) => ({
          kind: q.kind,
          text: q.text,
          options: hasOptions(q.kind) ? optionLines(q) : [],
        })),
      });
      navigate(`/analyse/undersokelser/${id}`);
    } catch (e) {
      setFailure(e);
      setProblem(e instanceof ApiError ? formLevelError(e, t) : errorText(e, t));
    }
  };
  // The form's own check first, else the server's complaint in words (by constraint, code or problem type).
  const err = (field: string) => local[field] ?? fieldError(failure, field);

  return (
    <VStack gap="space-24">
      <PageHeading>{t('analytics.surveys.heading')}</PageHeading>
      <Link as={RouterLink} to="/analyse">
        {t('analytics.backToFigures')}
      </Link>
      <section aria-label={t('analytics.surveys.list')}>
        <Heading level="2" size="small" spacing>
          {t('analytics.surveys.list')}
        </Heading>
        {data.surveys.length === 0 ? (
          <BodyShort>{t('analytics.surveys.none')}</BodyShort>
        ) : (
          <TableScroll>
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('analytics.surveys.title')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('analytics.surveys.audience')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('analytics.surveys.state')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" align="right">
                    {t('analytics.surveys.responses')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.surveys.map((s) => (
                  <Table.Row key={s.id}>
                    <Table.DataCell>
                      <Link as={RouterLink} to={`/analyse/undersokelser/${s.id}`}>
                        {s.title}
                      </Link>
                    </Table.DataCell>
                    <Table.DataCell>{t(`analytics.audience.${s.audience}` as MessageKey)}</Table.DataCell>
                    <Table.DataCell>{t(`analytics.state.${s.state}` as MessageKey)}</Table.DataCell>
                    <Table.DataCell align="right">{s.responses}</Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
      <section aria-label={t('analytics.surveys.new')}>
        <Heading level="2" size="small" spacing>
          {t('analytics.surveys.new')}
        </Heading>
        <HStack gap="space-8" wrap>
          {data.templates.map((template) => (
            <Button key={template.key} size="small" variant="secondary" type="button" onClick={() => useTemplate(template)}>
              {t('analytics.surveys.useTemplate', { title: template.title })}
            </Button>
          ))}
        </HStack>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <VStack gap="space-16" style={{ marginTop: '1rem' }}>
            <TextField label={t('analytics.surveys.title')} value={title} onChange={(e) => { setTitle(e.target.value); edited('title'); }} error={err('title')} />
            <RadioGroup legend={t('analytics.surveys.audience')} value={audience} onChange={setAudience}>
              <Radio value="PUBLIC">{t('analytics.audience.PUBLIC')}</Radio>
              <Radio value="EMPLOYEES">{t('analytics.audience.EMPLOYEES')}</Radio>
            </RadioGroup>
            {audience === 'EMPLOYEES' && (
              <CheckboxGroup
                legend={t('analytics.surveys.units')}
                description={t('analytics.surveys.unitsHint')}
                size="small"
                value={unitIds.map(String)}
                onChange={(values: string[]) => setUnitIds(values.map(Number))}
                error={err('unitIds')}
              >
                {data.units.map((u) => (
                  <Checkbox key={u.id} value={String(u.id)}>
                    {u.name}
                  </Checkbox>
                ))}
              </CheckboxGroup>
            )}
            {audience === 'PUBLIC' && (
              <Checkbox checked={once} onChange={(e) => setOnce(e.target.checked)} description={t('analytics.surveys.onceHint')}>
                {t('analytics.surveys.once')}
              </Checkbox>
            )}
            {questions.map((q, i) => (
              <fieldset key={i} className="samtale-survey-question">
                <legend>{t('analytics.surveys.question', { number: i + 1 })}</legend>
                <VStack gap="space-8">
                  <Select label={t('analytics.surveys.kind')} size="small" value={q.kind} onChange={(e) => change(i, { kind: e.target.value as Kind })}>
                    {KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`analytics.kind.${k}` as MessageKey)}
                      </option>
                    ))}
                  </Select>
                  <TextField
                    label={t('analytics.surveys.questionText')}
                    size="small"
                    value={q.text}
                    onChange={(e) => change(i, { text: e.target.value })}
                    error={err(`questions[${i}].text`)}
                  />
                  {hasOptions(q.kind) && (
                    <Textarea
                      label={t('analytics.surveys.options')}
                      size="small"
                      value={q.options}
                      onChange={(e) => change(i, { options: e.target.value })}
                      error={err(`questions[${i}].options`)}
                    />
                  )}
                  <div>
                    <Button
                      type="button"
                      size="small"
                      variant="tertiary"
                      icon={<TrashIcon aria-hidden />}
                      disabled={questions.length === 1}
                      onClick={() => setQuestions((qs) => qs.filter((_, j) => j !== i))}
                    >
                      {t('analytics.surveys.removeQuestion', { number: i + 1 })}
                    </Button>
                  </div>
                </VStack>
              </fieldset>
            ))}
            <HStack gap="space-8" wrap>
              <Button type="button" size="small" variant="secondary" icon={<PlusIcon aria-hidden />} onClick={() => setQuestions((qs) => [...qs, empty()])}>
                {t('analytics.surveys.addQuestion')}
              </Button>
              <Button type="submit" size="small">
                {t('analytics.surveys.create')}
              </Button>
            </HStack>
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
          </VStack>
        </form>
      </section>
    </VStack>
  );
}
