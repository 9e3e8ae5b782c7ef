package no.samtale.inbox;

import java.time.Instant;

/**
 * A reply was approved and is on its way out. {@code approverId} made the final approval: the partner, a third member
 * of the team, or the author accepting a partner's edit. {@code edited}: the approved wording is not the author's
 * own (an edit that the author, or a third member, accepted).
 */
public record ReplyApproved(long replyId, long conversationId, long teamId, long authorId, long approverId,
		boolean edited, Instant at) {
}
