package no.samtale.dialogue;

import java.time.Instant;

public record DiscussionRecord(long id, long spaceId, String title, long authorId, boolean question,
		DiscussionStatus status, Long verifiedMessageId, int messageCount, int viewCount, Instant createdAt,
		Instant lastActivityAt) {
}
