import { Link as RouterLink } from 'react-router';
import { BodyShort, HStack, Link, VStack } from '@navikt/ds-react';
import type { Approval, Reply } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { VisibilityTag } from './InboxTags';
import { ReplyDecision } from './ReplyDecision';

interface Props {
  approval: Approval;
  onDecided: (reply: Reply | null, text: string) => void;
}

/** A reply waiting for a partner: where it goes, who wrote it, the text, and the decision when it is not the reader's own. */
export function ApprovalItem({ approval, onDecided }: Props) {
  const { t, language } = useLanguage();
  const headingId = `approval-${approval.id}`;
  return (
    <VStack gap="space-12" className="samtale-inbox-card" data-attention={approval.canApprove} aria-labelledby={headingId} as="article">
      <VStack gap="space-4">
        <Link as={RouterLink} to={`/innboks/samtale/${approval.conversationId}`} id={headingId}>
          {approval.conversationSubject}
        </Link>
        <HStack gap="space-8" align="center" wrap>
          <VisibilityTag visibility={approval.visibility} />
          <BodyShort size="small" className="samtale-meta">
            {t('inbox.approvals.meta', {
              platform: t(`platform.${approval.account.platform}`),
              account: approval.account.name,
              name: approval.author?.name ?? t('inbox.systemAuthor'),
              time: formatDateTime(approval.submittedAt, language),
            })}
          </BodyShort>
        </HStack>
      </VStack>
      <BodyShort as="p" className="samtale-text">
        {approval.body}
      </BodyShort>
      {approval.canApprove ? (
        <ReplyDecision reply={approval} onDecided={onDecided} />
      ) : (
        <BodyShort size="small">{t('inbox.approvals.own')}</BodyShort>
      )}
    </VStack>
  );
}
