import { useRef, useState, type FormEvent } from 'react';
import { Alert, BodyLong, Box, Button, ErrorSummary, TextField, VStack } from '@navikt/ds-react';
import { ApiError } from '../api/http';
import { identityApi } from '../api/identity';
import { PROBLEM_ACCOUNT_LOCKED, PROBLEM_BAD_CREDENTIALS } from '../api/problems';
import { useT, type Translate } from '../i18n/i18n';
import { PageHeading } from '../common/PageHeading';
import { errorText } from '../common/forms';
import { useSession } from '../shell/session';

interface FieldErrors {
  username?: string;
  password?: string;
}

function loginFailure(error: unknown, t: Translate): string {
  if (error instanceof ApiError && error.type === PROBLEM_ACCOUNT_LOCKED) return t('login.locked');
  if (error instanceof ApiError && error.type === PROBLEM_BAD_CREDENTIALS) return t('login.badCredentials');
  return errorText(error, t);
}

export function LoginPage() {
  const t = useT();
  const { info, reload } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldErrors = {
      username: username.trim() ? undefined : t('login.usernameRequired'),
      password: password ? undefined : t('login.passwordRequired'),
    };
    setFieldErrors(errors);
    setFailure(null);
    if (errors.username || errors.password) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await identityApi.login(username.trim(), password);
      await reload();
    } catch (error) {
      setFailure(loginFailure(error, t));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  const summaryItems = Object.entries(fieldErrors).filter(([, text]) => text);
  return (
    <Box maxWidth="28rem">
      <VStack gap="space-24">
        <PageHeading>{t('login.title')}</PageHeading>
        <BodyLong>{t('login.intro')}</BodyLong>
        {failure && (
          <Alert variant="error" role="alert">
            {failure}
          </Alert>
        )}
        {summaryItems.length > 0 && (
          <ErrorSummary ref={summary} heading={t('common.errorSummary')}>
            {summaryItems.map(([field, text]) => (
              <ErrorSummary.Item key={field} href={`#login-${field}`}>
                {text}
              </ErrorSummary.Item>
            ))}
          </ErrorSummary>
        )}
        <form onSubmit={submit} noValidate>
          <VStack gap="space-16">
            <TextField
              id="login-username"
              label={t('login.username')}
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              error={fieldErrors.username}
            />
            <TextField
              id="login-password"
              label={t('login.password')}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldErrors.password}
            />
            <div>
              <Button type="submit" loading={busy}>
                {t('login.submit')}
              </Button>
            </div>
          </VStack>
        </form>
        {info?.oidcEnabled && (
          <VStack gap="space-8">
            <BodyLong>{t('login.or')}</BodyLong>
            <div>
              <Button as="a" variant="secondary" href="/oauth2/authorization/samtale">
                {t('login.oidc')}
              </Button>
            </div>
          </VStack>
        )}
      </VStack>
    </Box>
  );
}
