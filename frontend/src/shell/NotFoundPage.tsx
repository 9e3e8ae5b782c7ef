import { Link as RouterLink } from 'react-router';
import { BodyLong, Link, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';

export function NotFoundPage() {
  const t = useT();
  return (
    <VStack gap="space-16">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <BodyLong>{t('notFound.body')}</BodyLong>
      <Link as={RouterLink} to="/">
        {t('notFound.home')}
      </Link>
    </VStack>
  );
}
