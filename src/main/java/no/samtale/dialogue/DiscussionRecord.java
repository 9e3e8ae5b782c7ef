package no.samtale.dialogue;

import java.time.Instant;

public record DiscussionRecord(long id, long spaceId, String title, long authorId, boolean question,
		DiscussionStatus status, Long verifiedMessageId, int messageCount, int viewCount, Instant createdAt,
		Instant lastActivityAt) {

	/** The same discussion after the view just counted, without reading it again. */
	public DiscussionRecord withOneMoreView() {
		return new DiscussionRecord(id, spaceId, title, authorId, question, status, verifiedMessageId, messageCount,
				viewCount + 1, createdAt, lastActivityAt);
	}

}
