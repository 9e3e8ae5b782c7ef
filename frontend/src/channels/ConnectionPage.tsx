import { useCallback } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { Alert, BodyShort, Button, HStack, Heading, VStack } from '@navikt/ds-react';
import { AdminPage } from '../shell/AdminPage';
import { channelsApi } from '../api/channels';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { LoadProblem } from '../common/LoadProblem';
import { useLoad } from '../common/useLoad';
import { useSubmit } from '../common/useSubmit';
import { AccountStateTag } from './AccountStateTag';
import { TokenHealthTag } from './TokenHealthTag';

const NEEDS_ADMIN = ['REVOKED', 'SCOPE_MISSING', 'APP_NOT_APPROVED', 'VERSION_RETIRED'] as const;
type NeedsAdmin = (typeof NEEDS_ADMIN)[number];
const needsAdmin = (state: string): state is NeedsAdmin => (NEEDS_ADMIN as readonly string[]).includes(state);

/**
 * For administrators: one account's connection to YouTube, X or LinkedIn. Connecting sends the browser to the
 * platform, which sends it back here; the page shows the token's health (never the token), the budget of platform
 * calls and when the account was last read, and what the account cannot do and why.
 */
export function ConnectionPage() {
  const { t, language } = useLanguage();
  const accountId = Number(useParams().accountId);
  const [params] = useSearchParams();
  const accounts = useLoad(channelsApi.accounts);
  const account = accounts.data?.find((a) => a.id === accountId);
  const connection = useLoad(useCallback(() => channelsApi.connection(accountId), [accountId]));
  const connect = useSubmit();
  const poll = useSubmit({ resetBusyOnSuccess: true });
  const c = connection.data;
  const heading = account ? t('channels.connection.title', { name: account.name }) : t('channels.connection.titlePlain');

  const start = connect.submit(async () => {
    const { authorizeUrl } = await channelsApi.startConnect(accountId);
    window.location.assign(authorizeUrl);
  });
  const pollNow = poll.submit(async () => {
    connection.setData(await channelsApi.pollNow(accountId));
  });

  return (
    <AdminPage heading={heading}>
      <VStack gap="space-32">
        {c === null || (accounts.data && !account) ? (
          <LoadProblem error={connection.error} notFound={t('channels.connection.notFound')} />
        ) : c === undefined ? null : (
          <>
            {params.get('tilkoblet') && c.connected && <Alert variant="success">{t('channels.connection.done')}</Alert>}
            {c.tokenHealth && needsAdmin(c.tokenHealth.state) && (
              <Alert variant="error">
                <Heading level="2" size="small" spacing>
                  {t('channels.connection.reconnectHeading')}
                </Heading>
                <BodyShort>{t(`channels.healthHelp.${c.tokenHealth.state}`)}</BodyShort>
              </Alert>
            )}
            <Section heading={t('channels.meta.status')}>
              <dl className="samtale-definitions">
                <dt>{t('channels.accounts.state')}</dt>
                <dd>{account && <AccountStateTag state={account.state} />}</dd>
                <dt>{t('channels.connection.health')}</dt>
                <dd>{c.tokenHealth && <TokenHealthTag health={c.tokenHealth} />}</dd>
                <dt>{t('channels.meta.connection')}</dt>
                <dd>{c.connected ? `${c.externalName ?? ''} (${c.externalId ?? ''})` : t('channels.meta.notConnected')}</dd>
                <dt>{t('channels.connection.lastPolled')}</dt>
                <dd>{c.lastPolledAt ? formatDateTime(c.lastPolledAt, language) : t('channels.connection.never')}</dd>
                <dt>{t('channels.connection.nextPoll')}</dt>
                <dd>{c.nextPollAt ? formatDateTime(c.nextPollAt, language) : t('channels.connection.never')}</dd>
                {c.lastPollError && (
                  <>
                    <dt>{t('channels.connection.lastError')}</dt>
                    <dd>{c.lastPollError}</dd>
                  </>
                )}
              </dl>
            </Section>
            {c.budget && (
              <Section heading={t('channels.connection.budget')}>
                <BodyShort>
                  {t('channels.connection.budgetLeft', { remaining: c.budget.remaining, limit: c.budget.limit, reset: formatDateTime(c.budget.resetsAt, language) })}
                </BodyShort>
                {c.budget.breakerUntil && new Date(c.budget.breakerUntil) > new Date() && (
                  <BodyShort>{t('channels.connection.breaker', { until: formatDateTime(c.budget.breakerUntil, language) })}</BodyShort>
                )}
              </Section>
            )}
            {account && account.unavailable.length > 0 && (
              <Section heading={t('channels.connection.cannot')}>
                <ul>
                  {account.unavailable.map((u) => (
                    <li key={u.capability}>
                      {t(`channels.capability.${u.capability}`)}: {t(`channels.capabilityReason.${u.reason}`)}
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            <Section heading={c.connected ? t('channels.meta.reconnect') : t('channels.meta.connectHeading')}>
              <VStack gap="space-16" align="start">
                <BodyShort>{t('channels.connection.connectHelp')}</BodyShort>
                {(fieldError(connect.error, 'connector') ?? formLevelError(connect.error, t)) && (
                  <BodyShort role="alert">{fieldError(connect.error, 'connector') ?? formLevelError(connect.error, t)}</BodyShort>
                )}
                {formLevelError(poll.error, t) && <BodyShort role="alert">{formLevelError(poll.error, t)}</BodyShort>}
                <HStack gap="space-8">
                  {c.oauth && (
                    <form onSubmit={start}>
                      <Button type="submit" loading={connect.busy}>
                        {c.connected ? t('channels.meta.reconnect') : t('channels.meta.connect')}
                      </Button>
                    </form>
                  )}
                  {c.connected && (
                    <form onSubmit={pollNow}>
                      <Button type="submit" variant="secondary" loading={poll.busy}>
                        {t('channels.connection.pollNow')}
                      </Button>
                    </form>
                  )}
                </HStack>
              </VStack>
            </Section>
          </>
        )}
      </VStack>
    </AdminPage>
  );
}
