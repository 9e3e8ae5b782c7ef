import { Alert, BodyLong, VStack } from '@navikt/ds-react';
import { useT } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import type { ModuleEntry } from './modules';

/** An honest stand-in for a module that is not built yet: what it will do, and no invented data. */
export function ModulePage({ module }: { module: ModuleEntry }) {
  const t = useT();
  return (
    <VStack gap="space-16">
      <PageHeading>{t(module.name)}</PageHeading>
      <BodyLong>{t(module.description)}</BodyLong>
      <Alert variant="info">{t('common.notBuilt')}</Alert>
    </VStack>
  );
}
