import { Link as RouterLink } from 'react-router';
import { Alert, BodyShort, HStack, Link, Tag, VStack } from '@navikt/ds-react';
import type { Approval, Reply } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { VisibilityTag } from './InboxTags';
import { ReplyDecision } from './ReplyDecision';
import { EditAcceptance } from './EditAcceptance';
import { ProposedEditView } from './ProposedEditView';
import { subjectText } from './format';
import { useMe } from '../shell/session';

interface Props {
  approval: Approval;
  onDecided: (reply: Reply | null, text: string) => void;
}

/** A reply waiting for a partner: where it goes, who wrote it, the text, and the decision when it is not the reader's own. */
export function ApprovalItem({ approval, onDecided }: Props) {
  const { t, language } = useLanguage();
  const me = useMe();
  const headingId = `approval-${approval.id}`;
  return (
    <VStack gap="space-12" className="samtale-inbox-card" data-attention={approval.canApprove || approval.canAcceptEdit} aria-labelledby={headingId} as="article">
      <VStack gap="space-4">
        <Link as={RouterLink} to={`/innboks/samtale/${approval.conversationId}`} id={headingId}>
          {subjectText(approval.conversationSubject, t)}
        </Link>
        <HStack gap="space-8" align="center" wrap>
          <VisibilityTag visibility={approval.visibility} />
          {approval.forYou && (
            <Tag variant="info" size="small">
              {t('inbox.approvals.forYou')}
            </Tag>
          )}
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
      {approval.proposedEdit ? (
        <ProposedEditView before={approval.proposedEdit.previousBody} after={approval.body} idPrefix={`approval-${approval.id}`} />
      ) : (
        <BodyShort as="p" className="samtale-text">
          {approval.body ?? t('inbox.reply.erased')}
        </BodyShort>
      )}
      {approval.personalData.length > 0 && (
        <Alert variant="warning" size="small">
          {t('inbox.reply.personalDataWarning')}
        </Alert>
      )}
      {approval.proposedEdit && approval.canAcceptEdit && (
        <Alert variant="info" size="small">
          {t('inbox.reply.editProposedToYou', { name: approval.proposedEdit.by?.name ?? t('inbox.unknownAdvisor') })}
        </Alert>
      )}
      {approval.proposedEdit && approval.canApprove && (
        <Alert variant="info" size="small">
          {t('inbox.reply.editProposed', { name: approval.proposedEdit.by?.name ?? t('inbox.unknownAdvisor') })}
        </Alert>
      )}
      {approval.canAcceptEdit ? (
        <EditAcceptance reply={approval} onDone={onDecided} />
      ) : approval.canApprove ? (
        <ReplyDecision reply={approval} onDecided={onDecided} />
      ) : (
        <BodyShort size="small">{t(approval.proposedEdit?.by?.id === me.id ? 'inbox.approvals.ownEdit' : 'inbox.approvals.own')}</BodyShort>
      )}
    </VStack>
  );
}
