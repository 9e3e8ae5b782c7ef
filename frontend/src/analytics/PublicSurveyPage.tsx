import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Alert, BodyLong, Button, Heading, HStack, Page, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { errorText } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { useLanguage } from '../i18n/i18n';
import { LanguageChoice } from './LanguageChoice';
import { publicSurveyApi, type PublicSurveyView } from './analyticsApi';
import { answerIndex, answeredKey, toAnswers, type Draft } from './answers';
import { QuestionField } from './QuestionField';
import './survey.css';

/**
 * A public survey as a citizen answers it: no login, no cookie, anonymous (and said so), in bokmål, nynorsk or
 * English. Where the survey takes one answer per browser, the form's one-time nonce goes back with the answer and
 * the browser remembers (in local storage only) that it answered.
 */
export function PublicSurveyPage() {
  const { t } = useLanguage();
  const token = useParams().token ?? '';
  const [form, setForm] = useState<PublicSurveyView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(() => localStorage.getItem(answeredKey(token)) !== null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setForm(await publicSurveyApi.form(token));
    } catch (e) {
      setLoadError(e);
    }
  }, [token]);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    document.title = `${form?.title ?? t('analytics.survey.title')} – NAV`;
  }, [form, t]);

  const submit = async () => {
    if (!form) return;
    const answers = toAnswers(form.questions, drafts);
    setErrors({});
    if (answers === null) {
      setProblem(t('analytics.survey.nothingAnswered'));
      return;
    }
    setBusy(true);
    try {
      await publicSurveyApi.answer(token, answers, form.nonce);
      if (form.nonce) localStorage.setItem(answeredKey(token), 'yes');
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
    <Page>
      <Page.Block as="main" width="md" gutters id="main">
        <VStack gap="space-24" className="samtale-survey">
          <HStack justify="space-between" align="center">
            <span className="samtale-survey-brand">NAV</span>
            <LanguageChoice />
          </HStack>
          {!form ? (
            loadError ? <LoadProblem error={loadError} notFound={t('analytics.survey.notFound')} /> : <LoadProblem error={null} />
          ) : (
            <VStack gap="space-24">
              <Heading level="1" size="large">
                {form.title}
              </Heading>
              <Alert variant="info" size="small">
                {t('analytics.survey.anonymous')}
              </Alert>
              {sent ? (
                <Alert variant="success" role="status">
                  {t('analytics.survey.thanks')}
                </Alert>
              ) : !form.open ? (
                <Alert variant="warning">{t('analytics.survey.closed')}</Alert>
              ) : (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void submit();
                  }}
                >
                  <VStack gap="space-24">
                    {form.questions.map((q) => (
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
          )}
        </VStack>
      </Page.Block>
    </Page>
  );
}
