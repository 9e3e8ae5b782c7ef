package no.samtale.inbox;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A conversation as a whole, in order, for a module that keeps a copy of it (the archive journals it as a case
 * folder). {@code lines} hold the citizen's messages (IN), what went out (OUT) and the advisors' internal notes
 * (NOTE), oldest first.
 */
public record ConversationTranscript(long id, long accountId, long teamId, boolean privateConversation, String subject,
		String correspondentName, String correspondentExternalId, @Nullable Long assigneeId, ConversationStatus status,
		Instant openedAt, @Nullable Instant closedAt, List<Line> lines) {

	/**
	 * One message or note. {@code messageId} is the inbox's own id, {@code externalId} the platform's, and
	 * {@code replyTo} the message this one answers (the citizen's last message before a reply), so the chain can be
	 * read back. {@code body} and {@code authorName} are null once erased (privacy erasure, retention).
	 */
	public record Line(long messageId, String kind, @Nullable String authorName, @Nullable Long authorId,
			@Nullable String externalId, @Nullable Long replyTo, @Nullable String body, Instant at) {
	}

}
