package no.samtale.inbox;

import java.time.Instant;

/**
 * A reply was drafted (or reworded after it was sent back) and now waits for a partner of the team to check it.
 * {@code authorId} 0 is Samtale itself (a follow-up it proposes). Not published for a reply that needs no approval.
 * {@code at} tells one submission of the same reply from the next.
 */
public record ReplySubmitted(long replyId, long conversationId, long teamId, long authorId, Instant at) {
}
