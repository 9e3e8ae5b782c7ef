import type { PublishingPost } from '../api/types';

type Platform = PublishingPost['platform'];

/** The platforms' own limits, as the server checks them before a post goes to approval (PlatformRules.java). */
export const MAX_LENGTH: Record<Platform, number> = {
  X: 280,
  INSTAGRAM: 2200,
  LINKEDIN: 3000,
  FACEBOOK: 63206,
  YOUTUBE: 5000,
  SNAPCHAT: 250,
  BLOG: 8000,
  WEB_CHAT: 8000,
};

export const NEEDS_IMAGE: ReadonlySet<Platform> = new Set<Platform>(['INSTAGRAM', 'SNAPCHAT']);

/** A YouTube post is a video uploaded with it; its first line is the video's title (PlatformRules.java). */
export const NEEDS_VIDEO: ReadonlySet<Platform> = new Set<Platform>(['YOUTUBE']);

/** How many characters the platform counts: the text and, each after a blank line, the link and the video link. */
export function countedLength(text: string, link: string, videoLink = ''): number {
  const extra = (value: string) => (value.trim() ? value.trim().length + 2 : 0);
  return text.trim().length + extra(link) + extra(videoLink);
}

/** The local date and time typed in, as an instant; null when it is not a time. */
export function instant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim()) || !/^\d{2}:\d{2}$/.test(time.trim())) return null;
  const at = new Date(`${date.trim()}T${time.trim()}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The instant `iso` moved to the local day `date` (YYYY-MM-DD), its local time of day kept; null when no date. */
export function moveToDay(iso: string, date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim())) return null;
  const from = new Date(iso);
  const [y, m, d] = date.trim().split('-').map(Number);
  const moved = new Date(y, m - 1, d, from.getHours(), from.getMinutes(), from.getSeconds());
  return Number.isNaN(moved.getTime()) ? null : moved.toISOString();
}
