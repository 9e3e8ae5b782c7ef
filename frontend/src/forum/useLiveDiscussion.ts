import { useEffect, useRef, useState } from 'react';
import { discussionStream, forumApi } from '../api/forum';
import type { Discussion, DiscussionEvent } from '../api/types';
import { useT } from '../i18n/i18n';
import { useEventStream } from '../common/useEventStream';

/**
 * Keeps an open discussion current: on each `discussion` event of its stream the page fetches the
 * discussion again and replaces it in place, so a half-written answer or edit stays where it is.
 * Returns the sentence to announce (politely) when answers by others arrived.
 */
export function useLiveDiscussion(
  discussionId: number,
  discussion: Discussion | null,
  replace: (discussion: Discussion) => void,
): string | null {
  const t = useT();
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const shown = useRef(discussion);
  useEffect(() => {
    shown.current = discussion;
  });

  useEventStream<DiscussionEvent>(discussion ? discussionStream(discussionId) : null, 'discussion', (event) => {
    if (event.discussionId !== discussionId) return;
    forumApi.discussion(discussionId).then(
      (fresh) => {
        const known = new Set(shown.current?.messages.map((m) => m.id) ?? []);
        // One's own answer is already on the page (or about to be): only others' are news.
        const news = fresh.messages.filter((m) => !known.has(m.id) && !m.canEdit).length;
        replace(fresh);
        if (news > 0) setAnnouncement(news === 1 ? t('forum.live.newAnswer') : t('forum.live.newAnswers', { count: news }));
      },
      () => {
        // A failed refresh leaves the page as it was; the next event or a reload catches up.
      },
    );
  });
  return announcement;
}
