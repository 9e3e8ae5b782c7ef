import type { MessageKey } from '../i18n/nb';
import { dictionaries, type Translate } from '../i18n/i18n';

/**
 * The holders' record kinds and field names in words. The server names them as stable codes (a table, a field);
 * a code the front end does not know yet is shown as it came, so nothing a holder exports is ever hidden.
 */
const RECORD_KINDS: Record<string, MessageKey> = {
  channels_inbound: 'privacy.record.channels_inbound',
  channels_chat_message: 'privacy.record.channels_chat_message',
  inbox_conversation: 'privacy.record.inbox_conversation',
  inbox_message: 'privacy.record.inbox_message',
};

const FIELDS: Record<string, MessageKey> = {
  accountId: 'privacy.field.accountId',
  account: 'privacy.field.account',
  platform: 'privacy.field.platform',
  kind: 'privacy.field.kind',
  status: 'privacy.field.status',
  externalId: 'privacy.field.externalId',
  authorExternalId: 'privacy.field.authorExternalId',
  authorName: 'privacy.field.authorName',
  author: 'privacy.field.author',
  body: 'privacy.field.body',
  sessionId: 'privacy.field.sessionId',
  fromCitizen: 'privacy.field.fromCitizen',
  conversationId: 'privacy.field.conversationId',
  direction: 'privacy.field.direction',
  correspondentName: 'privacy.field.correspondentName',
  correspondentExternalId: 'privacy.field.correspondentExternalId',
};

/** Codes inside fields that are the platform's own words (a status, a kind), not what a person wrote. */
const CODED_VALUES: Record<string, (value: string) => MessageKey | undefined> = {
  platform: (v) => known(`platform.${v}`),
  status: (v) => known(`inbox.status.${v}`),
  kind: (v) => known(`inbox.kind.${v}`),
  direction: (v) => known(`privacy.value.direction.${v}`),
};

function known(key: string): MessageKey | undefined {
  return key in dictionaries.nb ? (key as MessageKey) : undefined;
}

export function recordKindName(source: string, t: Translate): string {
  const key = RECORD_KINDS[source];
  return key ? t(key) : source;
}

export function fieldName(field: string, t: Translate): string {
  const key = FIELDS[field];
  return key ? t(key) : field;
}

export function fieldValueText(field: string, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'object') return JSON.stringify(value);
  const coded = typeof value === 'string' ? CODED_VALUES[field]?.(value) : undefined;
  return coded ? t(coded) : String(value);
}
