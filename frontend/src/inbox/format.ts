import type { Translate } from '../i18n/i18n';

/** Beyond this the server stops counting exactly and answers one more. */
export const COUNT_CAP = 10_000;

/** A count from the server in words: the number, or «over 10 000» where it stopped counting. */
export function countText(count: number, t: Translate): string {
  return count > COUNT_CAP ? t('inbox.countCapped', { count: COUNT_CAP }) : String(count);
}

/** A person's first name, the way a reply is signed. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
