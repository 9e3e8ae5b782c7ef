package no.samtale.dialogue;

import java.time.Instant;
import java.util.List;

/**
 * A discussion's public text as one unit, for indexing: the title, the question (the first message) and the
 * replies. Back-office notes and removed messages are never part of it.
 */
public record DiscussionText(long id, long spaceId, SpaceKind spaceKind, String title, boolean question,
		DiscussionStatus status, Long verifiedMessageId, Instant createdAt, Instant lastActivityAt,
		List<Reply> messages) {

	/** One public message; the first is the question itself. */
	public record Reply(long id, String body) {
	}

	public String firstMessage() {
		return messages.isEmpty() ? "" : messages.get(0).body();
	}

	public List<Reply> replies() {
		return messages.size() < 2 ? List.of() : messages.subList(1, messages.size());
	}

	public String verifiedAnswer() {
		return messages.stream().filter(m -> verifiedMessageId != null && m.id() == verifiedMessageId)
			.map(Reply::body).findFirst().orElse("");
	}

}
