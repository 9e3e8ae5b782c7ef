package no.samtale.inbox;

/**
 * Something changed in a conversation (a message arrived, a reply was drafted, approved, sent, the status
 * moved). Pages update live from it; search and analytics can follow it.
 */
public record ConversationChanged(long conversationId, long teamId, ConversationStatus status, Long replyId) {
}
