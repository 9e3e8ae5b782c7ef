import { BodyShort, Table, Tag } from '@navikt/ds-react';
import type { PublishingCalendar } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { Section } from '../common/Section';
import { TableScroll } from '../common/TableScroll';
import { MovePostForm } from './MovePostForm';
import { JournalButton } from '../archive/JournalButton';

/**
 * The calendar as a list: every day of the period and account with a daily target, how many posts it has, and
 * whether that is under the target; then every post with its time, account and status.
 */
export function CalendarSection({ calendar, onChanged }: { calendar: PublishingCalendar; onChanged: () => void }) {
  const { t, language } = useLanguage();
  const names = new Map(calendar.accounts.map((a) => [a.id, `${a.name} (${t(`platform.${a.platform}`)})`]));
  const under = calendar.days.filter((d) => d.underTarget);
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
      <MovePostForm posts={calendar.posts} onMoved={onChanged} />
      {calendar.posts.length === 0 ? (
        <BodyShort>{t('publishing.calendar.empty')}</BodyShort>
      ) : (
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
              {calendar.posts.map((p) => (
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
      )}
    </Section>
  );
}
