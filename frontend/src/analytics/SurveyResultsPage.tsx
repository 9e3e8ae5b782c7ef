import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, Button, CopyButton, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { errorText } from '../common/forms';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { formatPercent } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useRouteId } from '../common/useRouteId';
import { useLanguage } from '../i18n/i18n';
import { surveysApi } from './analyticsApi';
import { share } from './answers';
import { ChartWithTable } from './ChartWithTable';
import './analytics.css';

/** One survey: its link once published, and its results as charts with tables; free text masked. */
export function SurveyResultsPage() {
  const { t, language } = useLanguage();
  const id = useRouteId('id');
  const load = useCallback(async () => ({ survey: await surveysApi.get(id), results: await surveysApi.results(id) }), [id]);
  const { data, error, reload } = useLoad(load);
  const [problem, setProblem] = useState<string | null>(null);
  if (!data) return <LoadProblem error={error} notFound={t('analytics.surveys.notFound')} />;
  const { survey, results } = data;

  // A yes/no question's answers are stored as yes and no: said in the reader's language, in the summary too.
  const optionText = (option: string) => (option === 'yes' ? t('analytics.survey.yes') : option === 'no' ? t('analytics.survey.no') : option);

  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setProblem(null);
      await reload();
    } catch (e) {
      setProblem(errorText(e, t));
    }
  };

  return (
    <VStack gap="space-24">
      <PageHeading>{survey.title}</PageHeading>
      <Link as={RouterLink} to="/analyse/undersokelser">
        {t('analytics.surveys.backToList')}
      </Link>
      <BodyShort>{t('analytics.surveys.summary', { responses: results.responses })}</BodyShort>
      <HStack gap="space-16" wrap>
        <Link href={`/api/v1/surveys/${id}/results/export?format=csv`} download>
          {t('analytics.export.csv')}
        </Link>
        <Link href={`/api/v1/surveys/${id}/results/export?format=xlsx`} download>
          {t('analytics.export.xlsx')}
        </Link>
      </HStack>
      {survey.url ? (
        <HStack gap="space-8" align="center" wrap>
          <BodyShort className="samtale-analytics-url">
            {t('analytics.surveys.link.public')} <Link href={survey.url}>{survey.url}</Link>
          </BodyShort>
          <CopyButton copyText={survey.url} text={t('analytics.surveys.copy')} size="small" />
          {survey.state === 'OPEN' && (
            <Button size="small" variant="secondary" onClick={() => void act(() => surveysApi.close(id))}>
              {t('analytics.surveys.close')}
            </Button>
          )}
        </HStack>
      ) : (
        <div>
          <Button size="small" onClick={() => void act(() => surveysApi.publish(id))}>
            {t('analytics.surveys.publish')}
          </Button>
        </div>
      )}
      {problem && <Alert variant="error">{problem}</Alert>}
      {results.questions.map((q) =>
        q.kind === 'FREE_TEXT' ? (
          <section key={q.id} aria-label={q.text}>
            <Heading level="2" size="small" spacing>
              {q.text}
            </Heading>
            <BodyShort spacing>{t('analytics.surveys.texts', { count: q.texts.length })}</BodyShort>
            <ul>
              {q.texts.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          </section>
        ) : (
          <ChartWithTable
            key={q.id}
            heading={q.text}
            summary={
              q.answered === 0
                ? t('analytics.surveys.noAnswers')
                : t('analytics.surveys.questionSummary', {
                    answered: q.answered,
                    top: optionText(q.counts.reduce((a, b) => (b.count > a.count ? b : a), q.counts[0])?.option ?? '–'),
                    share: formatPercent(share(Math.max(0, ...q.counts.map((c) => c.count)), q.answered), language),
                  })
            }
            kind="bar"
            rows={q.counts.map((c) => ({ option: optionText(c.option), count: c.count }))}
            xKey="option"
            xLabel={t('analytics.surveys.option')}
            series={[{ key: 'count', label: t('analytics.surveys.count'), color: '#0067c5' }]}
          />
        ),
      )}
    </VStack>
  );
}
