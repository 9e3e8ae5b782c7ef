package no.samtale.forum;

import java.time.Instant;

/**
 * A department answered an escalation; the answer is the public message {@code messageId} in the discussion, by
 * {@code answeredBy}. The moderator who raised it and the asker are told.
 */
public record EscalationAnswered(long escalationId, long discussionId, long messageId, long raisedBy, long answeredBy,
		Instant at) {
}
