package no.samtale.forum;

import java.time.Instant;

/**
 * A department answered an escalated question; the answer was posted into the discussion as {@code messageId}
 * (also published as {@code dialogue.MessagePosted}). The moderator who raised it and the asker are told.
 */
public record EscalationAnswered(long escalationId, long discussionId, long spaceId, long messageId, long answeredBy,
		long raisedBy, Instant at) {
}
