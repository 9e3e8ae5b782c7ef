import type { CalendarEntry, PublishingPost } from '../api/types';

const MAX = 80;

/**
 * A full post as the calendar's days list it (the server sends the month's first posts in this form): its first
 * words as the title, cut between words like the server's `PostTitle`.
 */
export function entryOf(post: PublishingPost): CalendarEntry {
  return {
    id: post.id,
    accountId: post.accountId,
    publishAt: post.publishAt,
    status: post.status,
    title: titleOf(post.text),
    themeId: post.themeId ?? null,
    campaignId: post.campaignId ?? null,
    image: post.image != null,
    held: post.held,
    comments: post.comments ?? null,
  };
}

export function titleOf(text: string): string {
  const folded = text.trim();
  const lineEnd = folded.indexOf('\n');
  let cut = lineEnd >= 0;
  let line = (cut ? folded.slice(0, lineEnd) : folded).replace(/\s+/g, ' ').trim();
  if (line.length > MAX) {
    const space = line.lastIndexOf(' ', MAX);
    line = line.slice(0, space > MAX / 2 ? space : MAX).trim();
    cut = true;
  }
  return cut ? `${line}…` : line;
}

