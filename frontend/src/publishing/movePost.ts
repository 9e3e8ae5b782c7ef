import { publishingApi, type PostMedia } from '../api/publishing';
import type { PublishingPost } from '../api/types';
import { moveToDay } from './platformRules';

/**
 * Moves a post to another day, the time of day kept. An edit rewrites the whole post, so everything it carries
 * besides the time goes along; one that was approved goes back for approval, as any edit does.
 */
export function movePost(post: PublishingPost & PostMedia, date: string) {
  return publishingApi.update(post.id, {
    accountId: post.accountId,
    text: post.text,
    publishAt: moveToDay(post.publishAt, date)!,
    themeId: post.themeId ?? null,
    campaignId: post.campaignId ?? null,
    link: post.link ?? null,
    firstComment: post.firstComment ?? null,
    imageId: post.image?.id ?? null,
    videoLink: post.videoLink ?? null,
    videoId: post.video?.id ?? null,
  });
}

/** Whether a post can still be moved. */
export const movable = (post: Pick<PublishingPost, 'status'>) => post.status !== 'PUBLISHED' && post.status !== 'CANCELLED';

/**
 * Moves a post the calendar lists in compact form: the whole post is read first, since an edit rewrites all of it
 * (what another editor changed in between is kept, not overwritten with an older copy).
 */
export async function movePostById(id: number, date: string) {
  return movePost((await publishingApi.post(id)) as PublishingPost & PostMedia, date);
}
