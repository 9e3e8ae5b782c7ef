import type { MessageKey } from '../i18n/nb';
import type { Translate } from '../i18n/i18n';

/** The extract check codes the server sends (ExtractFinding); an unknown code is worded as "other". */
const CODES = [
  'FILE_MISSING',
  'FILE_UNREADABLE',
  'DOCUMENT_COUNT_MISMATCH',
  'SYSTEM_ID_NOT_UNIQUE',
  'ELEMENT_MISSING',
  'OPENED_OUTSIDE_PERIOD',
  'DOCUMENT_FILE_MISSING',
  'DOCUMENT_CHECKSUM_MISMATCH',
  'DOCUMENT_SIZE_MISMATCH',
  'ADDML_FILE_MISSING',
  'ADDML_CHECKSUM_MISSING',
  'ADDML_CHECKSUM_MISMATCH',
  'ADDML_COUNT_MISMATCH',
  'WRITE_FAILED',
  'OTHER',
] as const;

export interface Finding {
  code: string;
  params: Record<string, string>;
}

/** One failed check in the reader's language, from its stable code and parameters. */
export function findingText(finding: Finding, t: Translate): string {
  const known = (CODES as readonly string[]).includes(finding.code);
  const key = `archive.finding.${known ? finding.code : 'OTHER'}` as MessageKey;
  return t(key, known ? finding.params : { text: finding.code });
}
