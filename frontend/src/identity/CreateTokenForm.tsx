import { useState } from 'react';
import { Alert, Button, Heading, TextField, VStack } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import type { CreatedApiToken } from '../api/types';
import { useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { useSubmit } from '../common/useSubmit';

export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [days, setDays] = useState('');
  const [local, setLocal] = useState<{ name?: string; days?: string }>({});
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });

  function validate() {
    const validDays = days.trim() === '' || /^[1-9]\d*$/.test(days.trim());
    const problems = {
      name: name.trim() ? undefined : t('common.required'),
      days: validDays ? undefined : t('tokens.daysInvalid'),
    };
    setLocal(problems);
    setError(null);
    return !(problems.name || problems.days);
  }

  const create = submit(async () => {
    const created = await identityApi.createToken(name.trim(), days.trim() ? Number(days) : null);
    setName('');
    setDays('');
    onCreated(created);
  }, validate);

  const general = formLevelError(error, t);
  return (
    <form onSubmit={create} noValidate aria-labelledby="create-token-heading">
      <VStack gap="space-16" maxWidth="28rem">
        <Heading level="3" size="small" id="create-token-heading">
          {t('tokens.createTitle')}
        </Heading>
        {general && (
          <Alert variant="error" role="alert">
            {general}
          </Alert>
        )}
        <TextField
          label={t('tokens.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={local.name ?? fieldError(error, 'name')}
        />
        <TextField
          label={t('tokens.days')}
          description={t('tokens.daysHint')}
          inputMode="numeric"
          htmlSize={6}
          value={days}
          onChange={(e) => setDays(e.target.value)}
          error={local.days ?? fieldError(error, 'expiresInDays')}
        />
        <div>
          <Button type="submit" loading={busy}>
            {t('tokens.create')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
