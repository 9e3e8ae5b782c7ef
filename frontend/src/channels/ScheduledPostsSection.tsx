import { useCallback, useState } from 'react';
import { BodyShort, Button, HStack, Table, Textarea, TextField, VStack } from '@navikt/ds-react';
import { channelsApi } from '../api/channels';
import { ApiError } from '../api/http';
import { PROBLEM_PERSONAL_DATA } from '../api/problems';
import type { ScheduledPost } from '../api/types';
import { formatDateTime, useLanguage, useT } from '../i18n/i18n';
import { fieldError, formLevelError } from '../common/forms';
import { Section } from '../common/Section';
import { useSubmit } from '../common/useSubmit';
import { LoadProblem } from '../common/LoadProblem';
import { StatusMessage } from '../common/StatusMessage';
import { useLoad } from '../common/useLoad';
import { TableScroll } from '../common/TableScroll';
import { DateField } from '../common/DateField';

/** The local date and time typed in, as an instant; null when it is not a time. */
function instant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim()) || !/^\d{2}:\d{2}$/.test(time.trim())) return null;
  const at = new Date(`${date.trim()}T${time.trim()}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/**
 * Where a post stands: waiting for a second pair of eyes, sent back with a comment, or approved and on its way to
 * the platform.
 */
function PostState({ post }: { post: ScheduledPost }) {
  const t = useT();
  const someone = (name: string | undefined) => name ?? t('common.none');
  return (
    <VStack gap="space-2">
      {post.approvalState === 'PENDING' && <BodyShort size="small">{t('channels.scheduled.approval.PENDING')}</BodyShort>}
      {post.approvalState === 'REJECTED' && (
        <BodyShort size="small">{t('channels.scheduled.approval.REJECTED', { name: someone(post.approver?.name), comment: post.rejectionComment ?? '' })}</BodyShort>
      )}
      {post.approvalState === 'APPROVED' && post.state && <BodyShort size="small">{t(`channels.scheduled.state.${post.state}`)}</BodyShort>}
      {post.approvalState === 'APPROVED' && post.approver && (
        <BodyShort size="small" className="samtale-meta">
          {t('channels.scheduled.approvedBy', { name: post.approver.name })}
        </BodyShort>
      )}
      {post.author && (
        <BodyShort size="small" className="samtale-meta">
          {t('channels.scheduled.writtenBy', { name: post.author.name })}
        </BodyShort>
      )}
      {post.lastError && <BodyShort size="small">{post.lastErrorCode ? t(`channels.failure.${post.lastErrorCode}`) : t('common.errorGeneric')}</BodyShort>}
    </VStack>
  );
}

/** A page's scheduled posts, and a new one for Meta to publish at a chosen time once another member approved it. */
export function ScheduledPostsSection({ accountId }: { accountId: number }) {
  const { t, language } = useLanguage();
  const posts = useLoad(useCallback(() => channelsApi.scheduledPosts(accountId), [accountId]));
  const [message, setMessage] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, submit } = useSubmit({ resetBusyOnSuccess: true });

  const schedule = submit(
    async () => {
      try {
        await channelsApi.schedulePost(accountId, { message: message.trim(), publishAt: instant(date, time)! });
      } catch (e) {
        // The server names the rule by type; the words are the reader's language.
        if (!(e instanceof ApiError) || e.type !== PROBLEM_PERSONAL_DATA) throw e;
        throw new ApiError(e.status, { errors: [{ field: 'message', detail: t('channels.scheduled.personalData') }] });
      }
      setMessage('');
      setStatus(t('channels.scheduled.scheduled'));
      await posts.reload();
    },
    () => {
      if (instant(date, time)) return true;
      setError(new ApiError(400, { errors: [{ field: 'publishAt', detail: t('channels.scheduled.badTime') }] }));
      return false;
    },
  );

  return (
    <Section heading={t('channels.scheduled.heading')} id="scheduled-heading">
      <StatusMessage text={status} />
      <form onSubmit={schedule} noValidate>
        <VStack gap="space-16">
          {formLevelError(error, t) && <BodyShort role="alert">{formLevelError(error, t)}</BodyShort>}
          <Textarea label={t('channels.scheduled.message')} value={message} onChange={(e) => setMessage(e.target.value)} error={fieldError(error, 'message')} />
          <HStack gap="space-16" align="start" wrap>
            <DateField label={t('channels.scheduled.date')} value={date} onChange={setDate} error={fieldError(error, 'publishAt')} fromDate={new Date()} />
            <TextField label={t('channels.scheduled.time')} description={t('channels.scheduled.timeHint')} htmlSize={6} value={time} onChange={(e) => setTime(e.target.value)} />
          </HStack>
          <BodyShort size="small">{t('channels.scheduled.window')}</BodyShort>
          <div>
            <Button type="submit" loading={busy}>
              {t('channels.scheduled.schedule')}
            </Button>
          </div>
        </VStack>
      </form>
      {posts.data === null ? (
        <LoadProblem error={posts.error} />
      ) : posts.data.length === 0 ? (
        <BodyShort>{t('channels.scheduled.empty')}</BodyShort>
      ) : (
        <TableScroll>
          <Table size="small" aria-labelledby="scheduled-heading">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('channels.scheduled.publishAt')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('channels.scheduled.message')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('channels.scheduled.state')}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {posts.data.map((p) => (
                <Table.Row key={p.id}>
                  <Table.DataCell>{formatDateTime(p.publishAt, language)}</Table.DataCell>
                  <Table.DataCell>
                    <span className="samtale-text">{p.message}</span>
                  </Table.DataCell>
                  <Table.DataCell>
                    <PostState post={p} />
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
