import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Heading, HStack, Page, VStack } from '@navikt/ds-react';
import { LoadProblem } from '../common/LoadProblem';
import { useLanguage } from '../i18n/i18n';
import { LanguageChoice } from './LanguageChoice';
import { publicSurveyApi, type PublicSurveyView } from './analyticsApi';
import { answeredKey } from './answers';
import { SurveyAnswerForm } from './SurveyAnswerForm';
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
              <SurveyAnswerForm
                questions={form.questions}
                open={form.open}
                alreadySent={localStorage.getItem(answeredKey(token)) !== null}
                send={async (answers) => {
                  await publicSurveyApi.answer(token, answers, form.nonce);
                  if (form.nonce) localStorage.setItem(answeredKey(token), 'yes');
                }}
              />
            </VStack>
          )}
        </VStack>
      </Page.Block>
    </Page>
  );
}
