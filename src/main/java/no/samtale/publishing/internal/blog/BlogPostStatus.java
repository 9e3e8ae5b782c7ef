package no.samtale.publishing.internal.blog;

/**
 * Where a blog post is: written, waiting for a partner's approval, sent back with a comment, published (on the
 * public pages from its {@code publishedAt}, which may be ahead), or taken down again.
 */
enum BlogPostStatus {
	DRAFT, AWAITING_APPROVAL, REJECTED, PUBLISHED, WITHDRAWN
}
