import { useCallback, useState } from 'react';
import { BodyShort, Button, HStack, Table, Tag } from '@navikt/ds-react';
import { publishingApi, type PostMedia } from '../api/publishing';
import type { PublishingCalendarDays, PublishingPost } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { LoadProblem } from '../common/LoadProblem';
import { Section } from '../common/Section';
import { TableScroll } from '../common/TableScroll';
import { useLoad } from '../common/useLoad';
import { MovePostForm } from './MovePostForm';
import { JournalButton } from '../archive/JournalButton';

const PAGE = 50;

/**
 * The calendar as a list: every day of the period and account with a daily target that is under it (from the
 * counts the page already has), then the period's posts with time, account, text and status, 50 to a page.
 */
export function CalendarSection({ summary, version, onChanged }: { summary: PublishingCalendarDays; version: number; onChanged: () => void }) {
  const { t, language } = useLanguage();
  const [page, setPage] = useState(0);
  const { from, to } = summary;
  // version: read again when a post is written or moved elsewhere on the page.
  const list = useLoad(useCallback(() => publishingApi.calendarPosts(from, to, {}, page, PAGE), [from, to, page, version]));
  const names = new Map(summary.accounts.map((a) => [a.id, `${a.name} (${t(`platform.${a.platform}`)})`]));
  const under = summary.days.flatMap((d) => d.accounts.filter((a) => a.underTarget).map((a) => ({ ...a, date: d.date })));
  const posts = (list.data?.items ?? []) as (PublishingPost & PostMedia)[];
  const pages = list.data?.totalPages ?? 0;
  return (
    <Section heading={t('publishing.calendar.heading')}>
      <BodyShort>{t('publishing.calendar.underTarget', { count: under.length })}</BodyShort>
      {under.length > 0 && (
        <ul>
          {under.map((d) => (
            <li key={`${d.date}-${d.accountId}`}>
              {t('publishing.calendar.dayUnder', { date: d.date, account: names.get(d.accountId) ?? '', posts: d.posts, target: d.target })}
            </li>
          ))}
        </ul>
      )}
      <MovePostForm posts={posts} onMoved={onChanged} />
      {list.data === null ? (
        <LoadProblem error={list.error} />
      ) : posts.length === 0 ? (
        <BodyShort>{t('publishing.calendar.empty')}</BodyShort>
      ) : (
        <>
          <TableScroll>
            <Table size="small">
              <caption className="navds-sr-only">{t('publishing.calendar.caption')}</caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('publishing.calendar.time')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('publishing.calendar.account')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('publishing.calendar.text')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('publishing.calendar.status')}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {posts.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.DataCell>{formatDateTime(p.publishAt, language)}</Table.DataCell>
                    <Table.DataCell>{p.accountName} ({t(`platform.${p.platform}`)})</Table.DataCell>
                    <Table.DataCell>
                      {p.image && <img className="publishing-grid__thumb" src={p.image.url} alt={p.image.altText} width={48} height={Math.round((48 * p.image.height) / Math.max(1, p.image.width))} loading="lazy" />}
                      <span className="samtale-text">{p.text}</span>
                    </Table.DataCell>
                    <Table.DataCell>
                      <Tag size="small" variant={p.status === 'PUBLISHED' ? 'success' : p.status === 'FAILED' ? 'error' : 'neutral'}>
                        {t(`publishing.status.${p.status}`)}
                      </Tag>
                      {p.status === 'PUBLISHED' && <JournalButton sourceKind="POST" sourceId={p.id} context={p.text.slice(0, 60)} />}
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          {pages > 1 && (
            <HStack gap="space-8" align="center" wrap>
              <Button type="button" size="small" variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t('publishing.calendar.previousPage')}
              </Button>
              <BodyShort aria-live="polite">{t('publishing.calendar.page', { page: page + 1, pages, total: list.data.totalElements })}</BodyShort>
              <Button type="button" size="small" variant="secondary" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                {t('publishing.calendar.nextPage')}
              </Button>
            </HStack>
          )}
        </>
      )}
    </Section>
  );
}
