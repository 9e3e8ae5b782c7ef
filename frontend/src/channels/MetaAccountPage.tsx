import { useCallback, useRef } from 'react';
import { useParams } from 'react-router';
import { Alert, BodyShort, Button, Heading, VStack } from '@navikt/ds-react';
import { AdminPage } from '../shell/AdminPage';
import { channelsApi } from '../api/channels';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { Section } from '../common/Section';
import { LoadProblem } from '../common/LoadProblem';
import { useLoad } from '../common/useLoad';
import { AccountStateTag } from './AccountStateTag';
import { MetaConnectForm } from './MetaConnectForm';
import { MetaFiguresSection } from './MetaFiguresSection';
import { ScheduledPostsSection } from './ScheduledPostsSection';

/**
 * For administrators: one Meta account's connection (page or Instagram id and token; the token is never shown
 * back), a loud "reconnect needed" when Meta rejected the token, its figures and its scheduled posts.
 */
export function MetaAccountPage() {
  const { t, language } = useLanguage();
  const accountId = Number(useParams().accountId);
  const accounts = useLoad(channelsApi.accounts);
  const account = accounts.data?.find((a) => a.id === accountId);
  const connection = useLoad(useCallback(() => channelsApi.metaConnection(accountId), [accountId]));
  const tokenField = useRef<HTMLInputElement>(null);
  const heading = account ? t('channels.meta.title', { name: account.name }) : t('channels.meta.titlePlain');
  const c = connection.data;

  return (
    <AdminPage heading={heading}>
      <VStack gap="space-32">
        {c === null || (accounts.data && !account) ? (
          <LoadProblem error={connection.error} notFound={t('channels.meta.notFound')} />
        ) : (
          <>
            {c.state === 'RECONNECT_NEEDED' && (
              <Alert variant="error">
                <Heading level="2" size="small" spacing>
                  {t('channels.meta.reconnectHeading')}
                </Heading>
                <VStack gap="space-8" align="start">
                  <BodyShort>{t('channels.meta.reconnectBody')}</BodyShort>
                  <Button size="small" variant="secondary" onClick={() => tokenField.current?.focus()}>
                    {t('channels.meta.reconnect')}
                  </Button>
                </VStack>
              </Alert>
            )}
            <Section heading={t('channels.meta.status')}>
              <dl className="samtale-definitions">
                <dt>{t('channels.accounts.state')}</dt>
                <dd>
                  <AccountStateTag state={c.state} />
                </dd>
                <dt>{t('channels.meta.connection')}</dt>
                <dd>{c.connected && c.kind ? t('channels.meta.connected', { kind: t(`channels.meta.kind.${c.kind}`), pageId: c.pageId ?? '' }) : t('channels.meta.notConnected')}</dd>
                <dt>{t('channels.meta.lastChecked')}</dt>
                <dd>{c.lastCheckedAt ? formatDateTime(c.lastCheckedAt, language) : t('channels.meta.neverChecked')}</dd>
              </dl>
            </Section>
            {account && (
              <MetaConnectForm
                account={account}
                connection={c}
                tokenField={tokenField}
                onConnected={(saved) => {
                  connection.setData(saved);
                  void accounts.reload();
                }}
              />
            )}
            {account?.capabilities.includes('FIGURES') && c.connected && <MetaFiguresSection accountId={accountId} />}
            {account?.capabilities.includes('SCHEDULE') && c.connected && <ScheduledPostsSection accountId={accountId} />}
          </>
        )}
      </VStack>
    </AdminPage>
  );
}
