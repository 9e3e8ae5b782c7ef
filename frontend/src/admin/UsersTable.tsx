import { Button, HStack, Table } from '@navikt/ds-react';
import type { User } from '../api/types';
import { useT } from '../i18n/i18n';
import { UserStatus } from './UserStatus';
import { TableScroll } from '../common/TableScroll';

interface Props {
  users: User[];
  onEdit: (user: User) => void;
  onUnlock: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function UsersTable({ users, onEdit, onUnlock, onResetPassword }: Props) {
  const t = useT();
  return (
    <TableScroll>
      <Table aria-label={t('users.table')}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('users.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.username')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.employeeId')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.unit')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.roles')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('users.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.HeaderCell scope="row">{user.name}</Table.HeaderCell>
              <Table.DataCell>{user.username}</Table.DataCell>
              <Table.DataCell>{user.employeeId}</Table.DataCell>
              <Table.DataCell>{user.unit?.name ?? '–'}</Table.DataCell>
              <Table.DataCell>{user.roles.map((r) => t(`role.${r}`)).join(', ')}</Table.DataCell>
              <Table.DataCell>
                <UserStatus user={user} />
              </Table.DataCell>
              <Table.DataCell>
                <HStack gap="space-8" wrap={false} className="samtale-actions">
                  <Button size="small" variant="secondary" aria-label={t('users.editLabel', { name: user.name })} onClick={() => onEdit(user)}>
                    {t('users.edit')}
                  </Button>
                  {user.locked && (
                    <Button size="small" variant="secondary" aria-label={t('users.unlockLabel', { name: user.name })} onClick={() => onUnlock(user)}>
                      {t('users.unlock')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    variant="tertiary"
                    aria-label={t('users.resetPasswordLabel', { name: user.name })}
                    onClick={() => onResetPassword(user)}
                  >
                    {t('users.resetPassword')}
                  </Button>
                </HStack>
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
