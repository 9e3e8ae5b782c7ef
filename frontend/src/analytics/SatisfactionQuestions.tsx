import { useCallback, useState, type ReactNode } from 'react';
import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { ApiError, request } from '../api/http';
import { errorText } from '../common/forms';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { publicSurveyApi, type QuestionView } from './analyticsApi';
import { toAnswers, type Draft } from './answers';
import { QuestionField } from './QuestionField';

interface SatisfactionForm {
  token: string;
  helpedQuestionId: number;
  satisfiedQuestionId: number;
}

/**
 * Two short, anonymous questions for a citizen at the end of a web chat or after an answered conversation, worded in
 * the citizen's language; the answers are an ordinary public survey's, read under Analyse → surveys.
 */
export function SatisfactionQuestions({ accountId, moment, notFound }: { accountId: number; moment: 'CHAT' | 'ANSWERED'; notFound?: ReactNode }) {
  const { t } = useLanguage();
  const load = useCallback(
    () => request<SatisfactionForm>('GET', `/api/v1/public/satisfaction/${accountId}?moment=${moment}`, undefined, true),
    [accountId, moment],
  );
  const { data, error } = useLoad(load);
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // An unknown or closed account: the page says so where it has a place for it (not at the end of a chat).
  if (!data) return error instanceof ApiError && error.status === 404 && notFound ? <>{notFound}</> : null;
  const questions: QuestionView[] = [
    { id: data.helpedQuestionId, kind: 'YES_NO', text: t('satisfaction.helped'), options: [] },
    { id: data.satisfiedQuestionId, kind: 'SCALE_1_5', text: t('satisfaction.satisfied'), options: [] },
  ];
  const submit = async () => {
    const answers = toAnswers(questions, drafts);
    if (answers === null) {
      setProblem(t('analytics.survey.nothingAnswered'));
      return;
    }
    try {
      await publicSurveyApi.answer(data.token, answers, null);
      setSent(true);
    } catch (e) {
      setProblem(errorText(e, t));
    }
  };
  return (
    <section aria-labelledby="satisfaction-heading" className="samtale-satisfaction">
      <Heading level="2" size="small" spacing id="satisfaction-heading">
        {t('satisfaction.heading')}
      </Heading>
      {sent ? (
        <Alert variant="success" role="status" size="small">
          {t('analytics.survey.thanks')}
        </Alert>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <VStack gap="space-16">
            <BodyShort size="small">{t('satisfaction.anonymous')}</BodyShort>
            {questions.map((q) => (
              <QuestionField key={q.id} question={q} value={drafts[q.id]} onChange={(value) => setDrafts((d) => ({ ...d, [q.id]: value }))} />
            ))}
            {problem && (
              <Alert variant="error" role="alert" size="small">
                {problem}
              </Alert>
            )}
            <div>
              <Button type="submit" size="small" variant="secondary">
                {t('analytics.survey.send')}
              </Button>
            </div>
          </VStack>
        </form>
      )}
    </section>
  );
}
