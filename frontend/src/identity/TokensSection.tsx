import { useCallback, useEffect, useState } from 'react';
import { Alert, BodyLong, Button, Heading, Table, VStack } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import type { ApiToken, CreatedApiToken } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { ConfirmModal } from '../common/ConfirmModal';
import { CreateTokenForm } from './CreateTokenForm';
import { CreatedTokenAlert } from './CreatedTokenAlert';
import { TableScroll } from '../common/TableScroll';

/** The user's personal API tokens: list, create (shown once), revoke. */
export function TokensSection() {
  const { t, language } = useLanguage();
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setTokens(await identityApi.tokens());
      setLoadError(null);
    } catch (e) {
      setLoadError(errorText(e, t));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  async function revoke(token: ApiToken) {
    await identityApi.revokeToken(token.id);
    setRevoking(null);
    setMessage(t('tokens.revoked', { name: token.name }));
    await load();
  }

  const date = (iso: string | null) => (iso ? formatDateTime(iso, language) : t('common.never'));
  return (
    <section aria-labelledby="profile-tokens">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="profile-tokens">
          {t('tokens.title')}
        </Heading>
        <BodyLong>{t('tokens.intro')}</BodyLong>
        {loadError && <Alert variant="error">{loadError}</Alert>}
        {message && (
          <Alert variant="success" role="status">
            {message}
          </Alert>
        )}
        {created && <CreatedTokenAlert token={created} />}
        {tokens && tokens.length === 0 && <BodyLong>{t('tokens.empty')}</BodyLong>}
        {tokens && tokens.length > 0 && (
          <TableScroll>
            <Table aria-label={t('tokens.table')}>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('tokens.name')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tokens.prefix')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tokens.created')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tokens.lastUsed')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('tokens.expires')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {tokens.map((token) => (
                  <Table.Row key={token.id}>
                    <Table.HeaderCell scope="row">{token.name}</Table.HeaderCell>
                    <Table.DataCell className="samtale-token">{token.prefix}…</Table.DataCell>
                    <Table.DataCell>{date(token.createdAt)}</Table.DataCell>
                    <Table.DataCell>{date(token.lastUsedAt)}</Table.DataCell>
                    <Table.DataCell>{date(token.expiresAt)}</Table.DataCell>
                    <Table.DataCell>
                      <Button
                        size="small"
                        variant="secondary"
                        aria-label={t('tokens.revokeLabel', { name: token.name })}
                        onClick={() => setRevoking(token)}
                      >
                        {t('tokens.revoke')}
                      </Button>
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
        <CreateTokenForm
          onCreated={(token) => {
            setCreated(token);
            setMessage(null);
            void load();
          }}
        />
      </VStack>
      {revoking && (
        <ConfirmModal
          heading={t('tokens.revokeTitle')}
          body={t('tokens.revokeBody', { name: revoking.name })}
          confirm={t('tokens.revoke')}
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(null)}
        />
      )}
    </section>
  );
}
