package no.samtale.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A planned post for one account. {@code version} counts approvals asked for: an edit after approval makes a new
 * version that needs a new approval. {@code externalId} is the platform's id of the post once the platform has it.
 * {@code imageId} is its image (with alt text) and {@code videoLink} a video's address, both optional;
 * {@code videoId} its uploaded video, which a YouTube post must have (YouTube's post is a video).
 */
public record Post(long id, long accountId, long teamId, long authorId, String text, Instant publishAt,
		@Nullable Long themeId, @Nullable Long campaignId, @Nullable String link, @Nullable String firstComment,
		PostStatus status, int version, @Nullable Long approvalId, @Nullable Long outboxId,
		@Nullable String externalId, @Nullable String lastError, @Nullable String rejectionComment, Instant createdAt,
		Instant updatedAt, @Nullable Instant publishedAt, @Nullable Long imageId, @Nullable String videoLink,
		@Nullable Long videoId) {
}
