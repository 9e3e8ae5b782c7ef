package no.samtale.inbox;

import java.time.Instant;

/**
 * A partner changed a reply's wording instead of approving it as it was: the change waits for its author
 * ({@code authorId}) to accept it or reword, or for a third member of the team to approve it.
 */
public record ReplyEditProposed(long replyId, long conversationId, long teamId, long authorId, long editorId,
		Instant at) {
}
