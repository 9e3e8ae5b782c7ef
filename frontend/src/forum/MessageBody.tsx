import type { Message } from '../api/types';
import { useT } from '../i18n/i18n';

/** A message's text, or why a moderator removed it. */
export function MessageBody({ message }: { message: Message }) {
  const t = useT();
  if (message.removed) {
    return <p className="samtale-meta">{t('forum.message.removed', { reason: message.removalReason ?? '' })}</p>;
  }
  // Safe by contract: `html` is the server's rendering of the Markdown body, sanitised on the server
  // (raw HTML shown as text, links limited to http, https and mailto). Never pass any other string here.
  return <div className="samtale-forum-body" dangerouslySetInnerHTML={{ __html: message.html }} />;
}
