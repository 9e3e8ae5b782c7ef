import { useEffect, useState } from 'react';
import { publishingApi } from '../api/publishing';
import type { Me } from '../api/types';
import { CountBadge } from '../common/CountBadge';
import { useT } from '../i18n/i18n';

const REFRESH_MS = 60_000;

/**
 * Beside «Publisering» in the header: how many posts of the editor's teams wait for their approval (not their own).
 * Posts have no live stream, so the count is read again every minute and when the window comes back into focus.
 */
export function PostApprovalBadge({ me }: { me: Me }) {
  const t = useT();
  const [waiting, setWaiting] = useState(0);
  const editor = me.roles.includes('EDITOR');
  useEffect(() => {
    if (!editor) return;
    let live = true;
    const load = () =>
      publishingApi.awaiting().then(
        (posts) => live && setWaiting(posts.filter((post) => post.canApprove).length),
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    window.addEventListener('focus', load);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener('focus', load);
    };
  }, [editor]);
  return <CountBadge count={waiting} label={t('publishing.badge', { count: waiting })} />;
}
