package no.samtale.forum;

/**
 * A department answered an escalated question; the answer was posted into the discussion as {@code messageId}
 * (also published as {@code dialogue.MessagePosted}). The moderator who raised it is told.
 */
public record EscalationAnswered(long escalationId, long discussionId, long spaceId, long messageId, long answeredBy,
		long raisedBy) {
}
