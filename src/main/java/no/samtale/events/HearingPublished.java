package no.samtale.events;

import java.time.Instant;
import java.util.List;

/**
 * A hearing's final summary was published as the forum discussion {@code discussionId}; the responsible people of
 * the invited units are told.
 */
public record HearingPublished(long hearingId, String title, long discussionId, long publishedBy, List<Long> invited,
		Instant at) {
}
