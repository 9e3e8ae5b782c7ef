package no.samtale.inbox.internal;

import java.util.List;

import no.samtale.channels.Visibility;
import no.samtale.inbox.ConversationStatus;

/** The parameters of one log entry; those an action does not use are null. */
record AuditFacts(Long replyId, Visibility visibility, ConversationStatus fromStatus, ConversationStatus toStatus,
		Long userId, Long noteId, List<String> labels, Integer attempt, String error) {

	static final AuditFacts NONE = new AuditFacts(null, null, null, null, null, null, null, null, null);

	static AuditFacts visibility(Visibility visibility) {
		return new AuditFacts(null, visibility, null, null, null, null, null, null, null);
	}

	static AuditFacts reply(long replyId) {
		return new AuditFacts(replyId, null, null, null, null, null, null, null, null);
	}

	static AuditFacts reply(long replyId, Visibility visibility) {
		return new AuditFacts(replyId, visibility, null, null, null, null, null, null, null);
	}

	static AuditFacts status(ConversationStatus from, ConversationStatus to) {
		return new AuditFacts(null, null, from, to, null, null, null, null, null);
	}

	static AuditFacts user(Long userId) {
		return new AuditFacts(null, null, null, null, userId, null, null, null, null);
	}

	static AuditFacts note(long noteId) {
		return new AuditFacts(null, null, null, null, null, noteId, null, null, null);
	}

	static AuditFacts labels(List<String> labels) {
		return new AuditFacts(null, null, null, null, null, null, List.copyOf(labels), null, null);
	}

	/** A delivery failed; {@code attempt} is null when the platform gave up for good. */
	static AuditFacts failure(long replyId, Integer attempt, String error) {
		return new AuditFacts(replyId, null, null, null, null, null, null, attempt, error);
	}

}
