import { Link as RouterLink } from 'react-router';
import { Button, HStack, Heading, Link, VStack } from '@navikt/ds-react';
import type { Report } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';

interface Props {
  report: Report;
  onResolve: (report: Report, action: 'DISMISS' | 'REMOVE') => void;
}

export function ReportItem({ report, onResolve }: Props) {
  const { t, language } = useLanguage();
  return (
    <VStack gap="space-12" className="samtale-forum-card">
      <Heading level="3" size="xsmall">
        <Link as={RouterLink} to={`/forum/diskusjon/${report.discussionId}`}>
          {report.discussionTitle}
        </Link>
      </Heading>
      <blockquote className="samtale-forum-excerpt samtale-forum-plain">{report.messageExcerpt}</blockquote>
      <dl className="samtale-definitions">
        <dt>{t('forum.reason')}</dt>
        <dd className="samtale-forum-plain">{report.reason}</dd>
        <dt>{t('forum.report.by')}</dt>
        <dd>
          {report.reportedBy.name}, {formatDateTime(report.reportedAt, language)}
        </dd>
      </dl>
      <HStack gap="space-8">
        <Button size="small" variant="secondary" aria-label={t('forum.report.dismissLabel', { title: report.discussionTitle })} onClick={() => onResolve(report, 'DISMISS')}>
          {t('forum.report.dismiss')}
        </Button>
        <Button size="small" variant="secondary" data-color="danger" aria-label={t('forum.report.removeLabel', { title: report.discussionTitle })} onClick={() => onResolve(report, 'REMOVE')}>
          {t('forum.message.remove')}
        </Button>
      </HStack>
    </VStack>
  );
}
