import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { Alert, BodyLong, Button, VStack } from '@navikt/ds-react';
import { get } from '../api/http';
import { errorText } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/i18n';
import { surveysApi, type QuestionView } from './analyticsApi';
import { toAnswers, type Draft } from './answers';
import { QuestionField } from './QuestionField';
import './survey.css';

interface EmployeeSurveyForm {
  id: number;
  title: string;
  open: boolean;
  questions: QuestionView[];
}

/** An employee answers a survey meant for employees (of chosen units); the answer keeps no trace of who. */
export function EmployeeSurveyPage() {
  const t = useT();
  const id = Number(useParams().id);
  const load = useCallback(() => get<EmployeeSurveyForm>(`/api/v1/surveys/${id}/form`), [id]);
  const { data, error } = useLoad(load);
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (!data) return <LoadProblem error={error} notFound={t('analytics.survey.notFound')} forbidden={t('analytics.survey.notForYourUnit')} />;

  const submit = async () => {
    const answers = toAnswers(data.questions, drafts);
    if (answers === null) {
      setProblem(t('analytics.survey.nothingAnswered'));
      return;
    }
    try {
      await surveysApi.answerAsEmployee(id, answers);
      setSent(true);
    } catch (e) {
      setProblem(errorText(e, t));
    }
  };
  return (
    <VStack gap="space-24" className="samtale-survey">
      <PageHeading>{data.title}</PageHeading>
      <Alert variant="info" size="small">
        {t('analytics.survey.anonymous')}
      </Alert>
      {sent ? (
        <Alert variant="success" role="status">
          {t('analytics.survey.thanks')}
        </Alert>
      ) : !data.open ? (
        <Alert variant="warning">{t('analytics.survey.closed')}</Alert>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <VStack gap="space-24">
            {data.questions.map((q) => (
              <QuestionField key={q.id} question={q} value={drafts[q.id]} onChange={(value) => setDrafts((d) => ({ ...d, [q.id]: value }))} />
            ))}
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
            <BodyLong size="small">{t('analytics.survey.noPersonalData')}</BodyLong>
            <div>
              <Button type="submit">{t('analytics.survey.send')}</Button>
            </div>
          </VStack>
        </form>
      )}
    </VStack>
  );
}
