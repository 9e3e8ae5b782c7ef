import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, Button, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { AdminPage } from '../shell/AdminPage';
import { channelsApi } from '../api/channels';
import type { Account } from '../api/types';
import { useT } from '../i18n/i18n';
import { Section } from '../common/Section';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { AccountModal } from './AccountModal';
import { AccountsTable } from './AccountsTable';

/** For administrators: the channel accounts, which need reconnecting, and new ones. */
export function AccountsPage() {
  const t = useT();
  const { data, error, reload } = useLoad(channelsApi.accounts);
  const teams = useLoad(channelsApi.teams).data ?? [];
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const broken = data?.filter((a) => a.state === 'RECONNECT_NEEDED') ?? [];

  return (
    <AdminPage heading={t('channels.accounts.title')}>
      <VStack gap="space-24">
        <StatusMessage text={status} />
        {broken.length > 0 && (
          <Alert variant="error">
            <Heading level="2" size="small" spacing>
              {t('channels.reconnect.heading', { count: broken.length })}
            </Heading>
            <BodyShort spacing>{t('channels.reconnect.body', { names: broken.map((a) => a.name).join(', ') })}</BodyShort>
            <HStack gap="space-16" wrap>
              {broken
                .filter((a) => a.connector === 'META')
                .map((a) => (
                  <Link key={a.id} as={RouterLink} to={`/admin/kanaler/meta/${a.id}`}>
                    {t('channels.reconnect.link', { name: a.name })}
                  </Link>
                ))}
            </HStack>
          </Alert>
        )}
        <Section heading={t('channels.accounts.heading')} id="accounts-heading">
          <div>
            <Button onClick={() => setEditing('new')}>{t('channels.accounts.new')}</Button>
          </div>
          {data === null ? (
            <LoadProblem error={error} />
          ) : data.length === 0 ? (
            <BodyShort>{t('channels.accounts.empty')}</BodyShort>
          ) : (
            <AccountsTable accounts={data} onEdit={setEditing} />
          )}
        </Section>
      </VStack>
      {editing && (
        <AccountModal
          account={editing === 'new' ? null : editing}
          teams={teams}
          onSaved={(account) => {
            setStatus(t(editing === 'new' ? 'channels.accounts.created' : 'channels.accounts.saved', { name: account.name }));
            setEditing(null);
            void reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </AdminPage>
  );
}
