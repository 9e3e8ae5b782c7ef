package no.samtale.inbox.internal;

/**
 * What happened in a conversation, as its log keeps it. The log stores the action and its parameters
 * ({@link AuditFacts}); the client words them in the reader's language.
 */
enum AuditAction {
	/** A citizen's message arrived ({@code visibility}). */
	RECEIVED,
	/** Given to {@code userId}, or taken from whoever had it (no user). */
	ASSIGNED,
	/** Moved by hand {@code fromStatus} → {@code toStatus}. */
	STATUS_CHANGED,
	/** The labels are now {@code labels}. */
	LABELS_CHANGED,
	/** Internal note {@code noteId} written. */
	NOTE_ADDED,
	/** Reply {@code replyId} drafted ({@code visibility}). */
	REPLY_DRAFTED,
	/** Samtale proposed reply {@code replyId} itself ({@code visibility}). */
	REPLY_PROPOSED,
	/** Reply {@code replyId} reworded by its author, or (before four eyes on edits) edited by its approver. */
	REPLY_EDITED,
	/** An approver changed reply {@code replyId}; the new wording waits for the author or a third member. */
	REPLY_EDIT_PROPOSED,
	/** The author accepted the approver's change to reply {@code replyId}. */
	REPLY_EDIT_ACCEPTED,
	/** Reply {@code replyId} approved. */
	REPLY_APPROVED,
	/** Reply {@code replyId} went out at once: the account lets private replies go without a partner. */
	REPLY_NEEDS_NO_APPROVAL,
	/** Reply {@code replyId} sent back to its author. */
	REPLY_REJECTED,
	/** Reply {@code replyId} reworded after it was sent back, and waiting again. */
	REPLY_RESUBMITTED,
	/** Reply {@code replyId} delivered to the platform. */
	REPLY_SENT,
	/** The platform refused reply {@code replyId} for good ({@code error}). */
	REPLY_FAILED,
	/** Attempt {@code attempt} to deliver reply {@code replyId} failed ({@code error}); it is tried again. */
	REPLY_ATTEMPT_FAILED,
	/** An advisor asked for reply {@code replyId} to be delivered again. */
	REPLY_RETRIED,
	/** A public comment held an identity number: Samtale asked the platform to hide it. */
	HIDE_REQUESTED,
	/** A public comment held an identity number, and the account cannot hide comments: it must be removed by hand. */
	PERSONAL_DATA_FOUND,
	/** The comment was hidden on its platform. */
	HIDDEN_ON_PLATFORM,
	/** The comment was shown again on its platform. */
	SHOWN_ON_PLATFORM
}
