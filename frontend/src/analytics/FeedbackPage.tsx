import { useEffect } from 'react';
import { useParams } from 'react-router';
import { Alert, BodyShort, Heading, HStack, Link, Page, VStack } from '@navikt/ds-react';
import { useLanguage } from '../i18n/i18n';
import { LanguageChoice } from './LanguageChoice';
import { SatisfactionQuestions } from './SatisfactionQuestions';
import './survey.css';

/**
 * The citizens' page for the short questions after an answered conversation (the link a team puts in its answers,
 * /tilbakemelding/{accountId}): no login, no cookie, anonymous, in bokmål, nynorsk or English.
 */
export function FeedbackPage() {
  const { t } = useLanguage();
  const accountId = Number(useParams().accountId);
  useEffect(() => {
    document.title = `${t('satisfaction.pageTitle')} – NAV`;
  }, [t]);
  // A mistyped or closed account's link: say so and show the way on (walk report F16).
  const notFound = (
    <Alert variant="warning">
      <BodyShort spacing>{t('satisfaction.notFound')}</BodyShort>
      <HStack gap="space-16" wrap>
        <Link href="/veiviser">{t('satisfaction.toGuide')}</Link>
        <Link href="https://www.nav.no">{t('satisfaction.toNav')}</Link>
      </HStack>
    </Alert>
  );
  return (
    <Page>
      <Page.Block as="main" width="md" gutters id="main">
        <VStack gap="space-24" className="samtale-survey">
          <HStack justify="space-between" align="center">
            <span className="samtale-survey-brand">NAV</span>
            <LanguageChoice />
          </HStack>
          <Heading level="1" size="large">
            {t('satisfaction.pageTitle')}
          </Heading>
          {Number.isFinite(accountId) ? <SatisfactionQuestions accountId={accountId} moment="ANSWERED" notFound={notFound} /> : notFound}
        </VStack>
      </Page.Block>
    </Page>
  );
}
