package no.samtale.events;

import java.time.Instant;

/**
 * A hearing's final summary as it was published: the text of the forum discussion {@code discussionId} that
 * {@link HearingPublished} announced, with when the hearing was made, its deadline, and who published it.
 */
public record HearingFinalSummary(long hearingId, String title, long createdBy, Instant createdAt, Instant deadline,
		long publishedBy, Instant publishedAt, long discussionId, String text) {
}
