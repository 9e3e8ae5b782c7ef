import { useCallback, useEffect, useState } from 'react';
import { Alert, BodyShort, Button, HStack, Pagination, Search, VStack } from '@navikt/ds-react';
import { identityApi } from '../api/identity';
import { ROLES, type PageOf, type Role, type Unit, type User } from '../api/types';
import { useT } from '../i18n/i18n';
import { errorText } from '../common/forms';
import { AdminPage } from '../shell/AdminPage';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UsersTable } from './UsersTable';

const PAGE_SIZE = 20;

type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'password'; user: User } | null;

export function UsersPage() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<PageOf<User> | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [roles, setRoles] = useState<readonly Role[]>(ROLES);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setResult(await identityApi.users(page, PAGE_SIZE, query));
      setError(null);
    } catch (e) {
      setError(errorText(e, t));
    }
  }, [page, query, t]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    identityApi.units().then(setUnits, () => setUnits([]));
    identityApi.roles().then(setRoles, () => setRoles(ROLES));
  }, []);

  function done(text: string) {
    setDialog(null);
    setMessage(text);
    void load();
  }

  async function unlock(user: User) {
    try {
      await identityApi.unlockUser(user.id);
      done(t('users.unlocked', { name: user.name }));
    } catch (e) {
      setError(errorText(e, t));
    }
  }

  return (
    <AdminPage heading={t('admin.users')}>
      <VStack gap="space-16">
        <HStack gap="space-16" align="end" justify="space-between">
          <form role="search" onSubmit={(e) => e.preventDefault()}>
            <Search
              label={t('users.search')}
              variant="simple"
              hideLabel={false}
              value={query}
              onChange={(value) => {
                setQuery(value);
                setPage(0);
              }}
            />
          </form>
          <Button onClick={() => setDialog({ kind: 'create' })}>{t('users.new')}</Button>
        </HStack>
        {message && (
          <Alert variant="success" role="status">
            {message}
          </Alert>
        )}
        {error && <Alert variant="error">{error}</Alert>}
        {result && (
          <>
            <BodyShort aria-live="polite">{t('users.total', { count: result.totalElements })}</BodyShort>
            {result.items.length === 0 ? (
              <BodyShort>{t('users.empty')}</BodyShort>
            ) : (
              <UsersTable
                users={result.items}
                onEdit={(user) => setDialog({ kind: 'edit', user })}
                onUnlock={(user) => void unlock(user)}
                onResetPassword={(user) => setDialog({ kind: 'password', user })}
              />
            )}
            {result.totalPages > 1 && (
              <Pagination
                page={page + 1}
                count={result.totalPages}
                onPageChange={(p) => setPage(p - 1)}
                srHeading={{ tag: 'h2', text: t('users.pages') }}
              />
            )}
          </>
        )}
      </VStack>
      {dialog?.kind === 'create' && (
        <CreateUserModal
          units={units}
          roles={roles}
          onCreated={(user) => done(t('users.created', { name: user.name }))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <EditUserModal
          user={dialog.user}
          units={units}
          roles={roles}
          onSaved={(user) => done(t('users.saved', { name: user.name }))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'password' && (
        <ResetPasswordModal
          user={dialog.user}
          onDone={() => done(t('users.passwordReset', { name: dialog.user.name }))}
          onClose={() => setDialog(null)}
        />
      )}
    </AdminPage>
  );
}
