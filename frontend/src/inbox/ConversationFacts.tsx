import { BodyShort, ReadMore, VStack } from '@navikt/ds-react';
import type { Conversation } from '../api/types';
import { formatDateTime, useLanguage } from '../i18n/i18n';
import { Section } from '../common/Section';
import { formatMinutes } from '../common/format';
import { SlaClock } from './SlaClock';

const AUDIT_ACTIONS = [
  'RECEIVED',
  'ASSIGNED',
  'STATUS_CHANGED',
  'NOTE_ADDED',
  'LABELS_CHANGED',
  'REPLY_DRAFTED',
  'REPLY_EDITED',
  'REPLY_APPROVED',
  'REPLY_REJECTED',
  'REPLY_RESUBMITTED',
  'REPLY_SENT',
  'REPLY_FAILED',
  'REPLY_RETRIED',
] as const;

/** Actions the contract names get words; any later one is shown as the server wrote it. */
const isKnownAction = (action: string): action is (typeof AUDIT_ACTIONS)[number] => (AUDIT_ACTIONS as readonly string[]).includes(action);

/** The response target and how the conversation measures against it. */
export function SlaSection({ conversation }: { conversation: Conversation }) {
  const { t, language } = useLanguage();
  const { sla } = conversation;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, language) : '–');
  return (
    <Section heading={t('inbox.sla.heading')} size="xsmall" gap="space-8">
      <SlaClock conversation={conversation} />
      <dl className="samtale-definitions">
        <dt>{t('inbox.sla.target')}</dt>
        <dd>{formatMinutes(sla.responseTargetMinutes, t)}</dd>
        <dt>{t('inbox.sla.due')}</dt>
        <dd>{when(sla.dueAt)}</dd>
        <dt>{t('inbox.sla.opened')}</dt>
        <dd>{when(conversation.openedAt)}</dd>
        <dt>{t('inbox.sla.firstResponse')}</dt>
        <dd>{sla.minutesToFirstResponse === null ? t('inbox.sla.noResponse') : formatMinutes(sla.minutesToFirstResponse, t)}</dd>
        <dt>{t('inbox.sla.open')}</dt>
        <dd>{formatMinutes(sla.minutesOpen, t)}</dd>
        {conversation.closedAt && (
          <>
            <dt>{t('inbox.sla.closed')}</dt>
            <dd>{when(conversation.closedAt)}</dd>
          </>
        )}
      </dl>
    </Section>
  );
}

/** Every step in the conversation's life, oldest first, folded away until asked for. */
export function AuditSection({ conversation }: { conversation: Conversation }) {
  const { t, language } = useLanguage();
  return (
    <Section heading={t('inbox.audit.heading')} size="xsmall" gap="space-8">
      <ReadMore header={t('inbox.audit.show', { count: conversation.audit.length })} size="small">
        <VStack as="ol" gap="space-8" className="samtale-plain-list">
          {conversation.audit.map((a) => (
            <li key={a.id}>
              <BodyShort size="small" weight="semibold">
                {isKnownAction(a.action) ? t(`inbox.audit.action.${a.action}`) : a.action}
              </BodyShort>
              <BodyShort size="small" className="samtale-meta">
                {`${formatDateTime(a.at, language)} · ${a.actor?.name ?? t('inbox.audit.system')}`}
              </BodyShort>
              {a.detail && (
                <BodyShort size="small" className="samtale-text">
                  {a.detail}
                </BodyShort>
              )}
            </li>
          ))}
        </VStack>
      </ReadMore>
    </Section>
  );
}
