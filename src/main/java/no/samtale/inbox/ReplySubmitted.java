package no.samtale.inbox;

/**
 * A reply was drafted (or reworded after it was sent back) and now waits for a partner of the team to check it.
 * {@code authorId} 0 is Samtale itself (a follow-up it proposes). Not published for a reply that needs no approval.
 */
public record ReplySubmitted(long replyId, long conversationId, long teamId, long authorId) {
}
