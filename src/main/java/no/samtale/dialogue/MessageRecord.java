package no.samtale.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A message as a reader sees it. A removed message keeps its place but not its content.
 *
 * @param myReactions the reactions of the user the record was read for
 */
public record MessageRecord(long id, long discussionId, long authorId, MessageKind kind, String body, String html,
		Instant createdAt, Instant editedAt, boolean removed, String removalReason, Map<ReactionKind, Integer> reactions,
		Set<ReactionKind> myReactions, List<AttachmentRecord> attachments) {
}
