package no.samtale.inbox;

import java.time.Instant;

/**
 * A partner sent a reply back to its author with a comment, to be reworded. A reply may be sent back more than once;
 * {@code at} tells the times apart.
 */
public record ReplySentBack(long replyId, long conversationId, long teamId, long authorId, long approverId,
		Instant at) {
}
