import { Link as RouterLink } from 'react-router';
import { BodyShort, Button, Link, Table, VStack } from '@navikt/ds-react';
import { OAUTH_CONNECTORS, type Account } from '../api/types';
import { useT } from '../i18n/i18n';
import { formatMinutes } from '../common/format';
import { AccountStateTag } from './AccountStateTag';
import { TokenHealthTag } from './TokenHealthTag';
import { formatOpeningHours } from '../common/openingHours';
import { TableScroll } from '../common/TableScroll';

interface Props {
  accounts: Account[];
  onEdit: (account: Account) => void;
}

/** Every channel account with its settings, its state (with its connection's health and what is left of its call budget), and the way to its pages. */
export function AccountsTable({ accounts, onEdit }: Props) {
  const t = useT();
  return (
    <TableScroll>
      <Table size="small" aria-labelledby="accounts-heading">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('channels.accounts.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('channels.accounts.platform')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('channels.accounts.team')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('channels.accounts.state')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('channels.accounts.hours')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('channels.accounts.targetShort')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('channels.accounts.privateApprovalShort')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {accounts.map((a) => (
            <Table.Row key={a.id}>
              <Table.HeaderCell scope="row">
                <VStack gap="space-2">
                  <span>{a.name}</span>
                  <BodyShort size="small" className="samtale-meta">
                    {a.handle}
                  </BodyShort>
                </VStack>
              </Table.HeaderCell>
              <Table.DataCell>
                <VStack gap="space-2">
                  <span>{t(`platform.${a.platform}`)}</span>
                  <BodyShort size="small" className="samtale-meta">
                    {t(`channels.connector.${a.connector}`)}
                  </BodyShort>
                </VStack>
              </Table.DataCell>
              <Table.DataCell>{a.team.name}</Table.DataCell>
              <Table.DataCell>
                <VStack gap="space-4" align="start">
                  <AccountStateTag state={a.state} />
                  {a.tokenHealth && <TokenHealthTag health={a.tokenHealth} />}
                  {a.budget && (
                    <BodyShort size="small" className="samtale-meta">
                      {t('channels.accounts.budget', { remaining: a.budget.remaining, limit: a.budget.limit })}
                    </BodyShort>
                  )}
                </VStack>
              </Table.DataCell>
              <Table.DataCell>
                <VStack gap="space-2">
                  <span>{formatOpeningHours(a.openingHours, t)}</span>
                  <BodyShort size="small">{t(a.openNow ? 'channels.openNow' : 'channels.closedNow')}</BodyShort>
                </VStack>
              </Table.DataCell>
              <Table.DataCell>{formatMinutes(a.responseTargetMinutes, t)}</Table.DataCell>
              <Table.DataCell>{t(a.privateRepliesNeedApproval ? 'common.yes' : 'common.no')}</Table.DataCell>
              <Table.DataCell>
                <VStack gap="space-8" align="start">
                  <Button size="small" variant="secondary" aria-label={t('channels.accounts.editLabel', { name: a.name })} onClick={() => onEdit(a)}>
                    {t('users.edit')}
                  </Button>
                  {a.connector === 'SIMULATOR' && (
                    <Link as={RouterLink} to={`/admin/kanaler/simulator/${a.id}`} aria-label={t('channels.simulator.linkLabel', { name: a.name })}>
                      {t('channels.simulator.link')}
                    </Link>
                  )}
                  {a.connector === 'META' && (
                    <Link as={RouterLink} to={`/admin/kanaler/meta/${a.id}`} aria-label={t('channels.meta.linkLabel', { name: a.name })}>
                      {t('channels.meta.link')}
                    </Link>
                  )}
                  {OAUTH_CONNECTORS.includes(a.connector) && (
                    <Link as={RouterLink} to={`/admin/kanaler/konto/${a.id}`} aria-label={t('channels.connection.linkLabel', { name: a.name })}>
                      {t('channels.connection.link')}
                    </Link>
                  )}
                  {a.connector === 'MANUAL' && (
                    <Link as={RouterLink} to={`/kanaler/manuell/${a.id}`} aria-label={t('channels.manual.linkLabel', { name: a.name })}>
                      {t('channels.manual.link')}
                    </Link>
                  )}
                  {a.connector === 'WEB_CHAT' && (
                    <Link href={`/chat/${a.id}`} target="_blank" aria-label={t('channels.webChatLinkLabel', { name: a.name })}>
                      {t('channels.webChatLink')}
                    </Link>
                  )}
                </VStack>
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
