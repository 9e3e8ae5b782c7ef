package no.samtale.inbox;

/**
 * A partner approved a reply, which is now on its way out. {@code edited}: the approved wording is not the
 * author's own (an approver's edit that the author, or a third member, accepted).
 */
public record ReplyApproved(long replyId, long conversationId, long teamId, long authorId, long approverId,
		boolean edited) {
}
