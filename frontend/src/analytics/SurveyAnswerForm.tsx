import { useState } from 'react';
import { Alert, BodyLong, Button, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { errorText } from '../common/forms';
import { useT } from '../i18n/i18n';
import type { Answer, QuestionView } from './analyticsApi';
import { answerIndex, toAnswers, type Draft } from './answers';
import { QuestionField } from './QuestionField';

interface SurveyAnswerFormProps {
  questions: QuestionView[];
  open: boolean;
  /** Sends the answers; throws the API's error when they are refused. */
  send: (answers: Answer[]) => Promise<void>;
  /** This browser already answered (public surveys that take one answer per browser). */
  alreadySent?: boolean;
}

/**
 * The answering part of a survey, the same for citizens and employees: said to be anonymous, one field per question,
 * a refused answer marked at its question, and thanks once sent.
 */
export function SurveyAnswerForm({ questions, open, send, alreadySent = false }: SurveyAnswerFormProps) {
  const t = useT();
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(alreadySent);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const answers = toAnswers(questions, drafts);
    setErrors({});
    if (answers === null) {
      setProblem(t('analytics.survey.nothingAnswered'));
      return;
    }
    setBusy(true);
    try {
      await send(answers);
      setProblem(null);
      setSent(true);
    } catch (e) {
      if (e instanceof ApiError) {
        const byQuestion: Record<number, string> = {};
        for (const field of Object.keys(e.fieldErrors)) {
          const i = answerIndex(field);
          if (i !== null && answers[i]) byQuestion[answers[i].questionId] = t('analytics.survey.invalidAnswer');
        }
        setErrors(byQuestion);
      }
      setProblem(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <VStack gap="space-24">
      <Alert variant="info" size="small">
        {t('analytics.survey.anonymous')}
      </Alert>
      {sent ? (
        <Alert variant="success" role="status">
          {t('analytics.survey.thanks')}
        </Alert>
      ) : !open ? (
        <Alert variant="warning">{t('analytics.survey.closed')}</Alert>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <VStack gap="space-24">
            {questions.map((q) => (
              <QuestionField
                key={q.id}
                question={q}
                value={drafts[q.id]}
                onChange={(value) => setDrafts((d) => ({ ...d, [q.id]: value }))}
                error={errors[q.id]}
              />
            ))}
            {problem && (
              <Alert variant="error" role="alert">
                {problem}
              </Alert>
            )}
            <BodyLong size="small">{t('analytics.survey.noPersonalData')}</BodyLong>
            <div>
              <Button type="submit" loading={busy}>
                {t('analytics.survey.send')}
              </Button>
            </div>
          </VStack>
        </form>
      )}
    </VStack>
  );
}
