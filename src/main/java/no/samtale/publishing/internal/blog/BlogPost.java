package no.samtale.publishing.internal.blog;

import java.time.Instant;

/**
 * A blog post. {@code body} is Markdown as the expert wrote it; the public page renders it with raw HTML escaped.
 * {@code expertName} is the byline (the expert who stands behind the text), {@code authorId} the user who wrote
 * the current wording and so may not approve it.
 */
record BlogPost(long id, long blogId, String slug, String title, String summary, String body, String expertName,
		String expertTitle, long authorId, BlogPostStatus status, Long approvalId, Long approverId,
		String rejectionComment, Instant publishAt, Instant publishedAt, Instant createdAt, Instant updatedAt) {

	/** Readers see it: published, and its time has come. */
	boolean publicAt(Instant now) {
		return status == BlogPostStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

}
