import { useCallback, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { BodyShort, Heading, Link, Pagination, Select, Table, Tag, VStack } from '@navikt/ds-react';
import { LoadProblem } from '../common/LoadProblem';
import { PageHeading } from '../common/PageHeading';
import { TableScroll } from '../common/TableScroll';
import { formatDate } from '../common/format';
import { useLoad } from '../common/useLoad';
import { useLanguage } from '../i18n/i18n';
import { useMe } from '../shell/session';
import { ComplaintForm } from './ComplaintForm';
import { STATUSES, contactsApi, type ComplaintStatus } from './contactsApi';
import { isTopic } from './topics';

/**
 * /klager: everyone registers a complaint; advisors and admins see the list, open ones with the soonest deadline first,
 * 50 to a page.
 */
export function ComplaintsPage() {
  const { t } = useLanguage();
  const me = useMe();
  const handles = me.roles.some((r) => r === 'ADVISOR' || r === 'ADMIN');
  const [version, setVersion] = useState(0);
  return (
    <VStack gap="space-32">
      <VStack gap="space-8">
        <PageHeading>{t('complaints.heading')}</PageHeading>
        <BodyShort>{t('complaints.intro')}</BodyShort>
        <Link as={RouterLink} to="/kontaktlogg">
          {t('complaints.toContactLog')}
        </Link>
      </VStack>
      <section aria-labelledby="complaint-form-heading">
        <Heading id="complaint-form-heading" level="2" size="medium" spacing>
          {t('complaints.formHeading')}
        </Heading>
        <ComplaintForm onRegistered={() => setVersion((v) => v + 1)} />
      </section>
      {handles && <ComplaintTable version={version} />}
    </VStack>
  );
}

function ComplaintTable({ version }: { version: number }) {
  const { t, language } = useLanguage();
  const [status, setStatus] = useState<ComplaintStatus | ''>('');
  const [page, setPage] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const load = useCallback(() => contactsApi.complaints(status === '' ? undefined : status, page), [status, page, version]);
  const { data, error } = useLoad(load);
  return (
    <section aria-labelledby="complaint-list-heading">
      <Heading id="complaint-list-heading" level="2" size="medium" spacing>
        {t('complaints.listHeading')}
      </Heading>
      <Select
        label={t('complaints.status')}
        size="small"
        value={status}
        onChange={(e) => {
          setStatus(e.target.value as ComplaintStatus | '');
          setPage(0);
        }}
        style={{ maxWidth: '16rem' }}
      >
        <option value="">{t('complaints.allStatuses')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`complaints.status.${s}`)}
          </option>
        ))}
      </Select>
      {data === null ? (
        <LoadProblem error={error} />
      ) : data.items.length === 0 ? (
        <BodyShort>{t('complaints.none')}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small">
            <caption className="aksel-sr-only">{t('complaints.listHeading')}</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('complaints.complaint')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('complaints.classification')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('complaints.channel')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('complaints.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('complaints.deadline')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.items.map((c) => (
                <Table.Row key={c.id}>
                  <Table.DataCell>
                    <Link as={RouterLink} to={`/klager/${c.id}`}>
                      {t('complaints.number', { id: c.id })}
                    </Link>{' '}
                    · {isTopic(c.topic) ? t(`contacts.topic.${c.topic}`) : c.topic}
                    <BodyShort size="small">{c.excerpt}</BodyShort>
                  </Table.DataCell>
                  <Table.DataCell>{t(`complaints.classification.${c.classification}`)}</Table.DataCell>
                  <Table.DataCell>{t(`contacts.channel.${c.channel}`)}</Table.DataCell>
                  <Table.DataCell>{t(`complaints.status.${c.status}`)}</Table.DataCell>
                  <Table.DataCell>
                    {formatDate(c.deadline, language)}{' '}
                    {c.overdue && (
                      <Tag variant="error" size="xsmall">
                        {t('complaints.overdue')}
                      </Tag>
                    )}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {data !== null && data.total > data.size && (
        <Pagination
          page={data.page + 1}
          count={Math.ceil(data.total / data.size)}
          onPageChange={(p) => setPage(p - 1)}
          srHeading={{ tag: 'h3', text: t('complaints.pages') }}
        />
      )}
    </section>
  );
}
