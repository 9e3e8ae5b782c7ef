import { useEffect, useState, type RefObject } from 'react';
import { BodyShort, Button, TextField, VStack } from '@navikt/ds-react';
import { channelsApi } from '../api/channels';
import type { Account, MetaConnection } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { useSubmit } from '../common/useSubmit';
import { StatusMessage } from '../common/StatusMessage';

interface Props {
  account: Account;
  connection: MetaConnection;
  tokenField: RefObject<HTMLInputElement | null>;
  onConnected: (connection: MetaConnection) => void;
}

/** The page (or Instagram account) id and a new token; the token field is always empty, the token write-only. */
export function MetaConnectForm({ account, connection, tokenField, onConnected }: Props) {
  const t = useT();
  const instagram = account.platform === 'INSTAGRAM';
  const [pageId, setPageId] = useState(connection.pageId ?? '');
  const [token, setToken] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, submit } = useSubmit({ resetBusyOnSuccess: true });
  useEffect(() => setPageId(connection.pageId ?? ''), [connection.pageId]);

  const save = submit(async () => {
    const saved = await channelsApi.connectMeta(account.id, {
      pageId: pageId.trim(),
      accessToken: token.trim(),
      kind: instagram ? 'INSTAGRAM' : 'FACEBOOK_PAGE',
    });
    setToken('');
    setStatus(t('channels.meta.saved', { name: account.name }));
    onConnected(saved);
  });

  const heading = connection.connected ? t('channels.meta.reconnect') : t('channels.meta.connectHeading');
  return (
    <Section heading={heading}>
      <StatusMessage text={status} />
      <form onSubmit={save} noValidate>
        <VStack gap="space-16">
          {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
          <TextField
            label={instagram ? t('channels.meta.igId') : t('channels.meta.pageId')}
            description={instagram ? t('channels.meta.igIdHint') : t('channels.meta.pageIdHint')}
            inputMode="numeric"
            htmlSize={24}
            value={pageId}
            onChange={(e) => setPageId(e.target.value)}
            error={fieldError(error, 'pageId')}
          />
          <TextField
            ref={tokenField}
            label={t('channels.meta.token')}
            description={t('channels.meta.tokenHint')}
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            error={fieldError(error, 'accessToken')}
          />
          <div>
            <Button type="submit" loading={busy}>
              {t('channels.meta.connect')}
            </Button>
          </div>
        </VStack>
      </form>
    </Section>
  );
}
