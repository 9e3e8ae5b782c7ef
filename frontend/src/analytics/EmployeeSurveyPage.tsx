import { useCallback } from 'react';
import { useParams } from 'react-router';
import { VStack } from '@navikt/ds-react';
import { get } from '../api/http';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { useLoad } from '../common/useLoad';
import { useT } from '../i18n/i18n';
import { surveysApi, type QuestionView } from './analyticsApi';
import { SurveyAnswerForm } from './SurveyAnswerForm';
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
  if (!data) return <LoadProblem error={error} notFound={t('analytics.survey.notFound')} forbidden={t('analytics.survey.notForYourUnit')} />;
  return (
    <VStack gap="space-24" className="samtale-survey">
      <PageHeading>{data.title}</PageHeading>
      <SurveyAnswerForm
        questions={data.questions}
        open={data.open}
        send={async (answers) => {
          await surveysApi.answerAsEmployee(id, answers);
        }}
      />
    </VStack>
  );
}
