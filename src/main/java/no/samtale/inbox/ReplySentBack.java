package no.samtale.inbox;

/** A partner sent a reply back to its author with a comment, to be reworded. */
public record ReplySentBack(long replyId, long conversationId, long teamId, long authorId, long approverId) {
}
