import { Alert, BodyLong, CopyButton, Heading, HStack, VStack } from '@navikt/ds-react';
import type { CreatedApiToken } from '../api/types';
import { useT } from '../i18n/i18n';

/** The new token's only appearance: the server keeps just a hash of it. */
export function CreatedTokenAlert({ token }: { token: CreatedApiToken }) {
  const t = useT();
  return (
    <Alert variant="warning" role="status">
      <VStack gap="space-8">
        <Heading level="3" size="small">
          {t('tokens.createdTitle', { name: token.name })}
        </Heading>
        <BodyLong>{t('tokens.createdWarning')}</BodyLong>
        <HStack gap="space-8" align="center" wrap={false}>
          <code className="samtale-token" aria-label={t('tokens.value')}>
            {token.token}
          </code>
          <CopyButton copyText={token.token} text={t('tokens.copy')} activeText={t('tokens.copied')} />
        </HStack>
      </VStack>
    </Alert>
  );
}
