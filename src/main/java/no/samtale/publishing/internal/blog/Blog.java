package no.samtale.publishing.internal.blog;

/**
 * A team's public blog at {@code /blogg/{slug}}. {@code accountId} is its channel account (connector BLOG), where
 * readers' comments arrive in the inbox; null when comments are not taken.
 */
record Blog(long id, long teamId, Long accountId, String slug, String title, String description,
		java.time.Instant createdAt) {
}
