import { Link as RouterLink } from 'react-router';
import { BodyShort, HStack, Link, Table, Tag, VStack } from '@navikt/ds-react';
import type { ConversationSummary } from '../api/types';
import { useT } from '../i18n/i18n';
import { ConversationStatusTag } from './InboxTags';
import { SlaClock } from './SlaClock';
import { correspondentName, subjectText } from './format';
import { TableScroll } from '../common/TableScroll';

/** The inbox's conversations: one row each, the subject linking to the conversation. */
export function ConversationTable({ conversations }: { conversations: ConversationSummary[] }) {
  const t = useT();
  return (
    <TableScroll>
    <Table size="small" aria-labelledby="queue-heading">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('inbox.col.subject')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('inbox.col.channel')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('inbox.col.correspondent')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('inbox.col.status')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('inbox.col.assignee')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('inbox.col.labels')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('inbox.col.waiting')}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {conversations.map((c) => (
          <Table.Row key={c.id}>
            <Table.HeaderCell scope="row">
              <Link as={RouterLink} to={`/innboks/samtale/${c.id}`}>
                {subjectText(c.subject, t)}
              </Link>
            </Table.HeaderCell>
            <Table.DataCell>
              <VStack gap="space-2">
                <BodyShort size="small" weight="semibold">
                  {t(`platform.${c.account.platform}`)}
                </BodyShort>
                <BodyShort size="small">{c.account.name}</BodyShort>
                <BodyShort size="small" className="samtale-meta">
                  {t(`inbox.kind.${c.kind}`)}
                </BodyShort>
              </VStack>
            </Table.DataCell>
            <Table.DataCell>{correspondentName(c.correspondent.name, t)}</Table.DataCell>
            <Table.DataCell>
              <ConversationStatusTag status={c.status} />
            </Table.DataCell>
            <Table.DataCell>{c.assignee?.name ?? t('inbox.unassigned')}</Table.DataCell>
            <Table.DataCell>
              {c.labels.length === 0 ? (
                '–'
              ) : (
                <HStack gap="space-4" as="ul" className="samtale-plain-list" aria-label={t('inbox.col.labels')}>
                  {c.labels.map((l) => (
                    <li key={l}>
                      <Tag size="xsmall" variant="moderate" data-color="neutral">
                        {l}
                      </Tag>
                    </li>
                  ))}
                </HStack>
              )}
            </Table.DataCell>
            <Table.DataCell>
              <SlaClock conversation={c} />
            </Table.DataCell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
    </TableScroll>
  );
}
