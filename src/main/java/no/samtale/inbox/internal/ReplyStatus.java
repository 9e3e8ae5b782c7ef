package no.samtale.inbox.internal;

import java.util.Optional;

/**
 * How far a reply got: checked, sent back, approved and queued, delivered, or given up on. How it moves is said by
 * the functions below; the store writes what they answer, guarded by the status they started from. An empty answer
 * means the move is not possible from here.
 */
enum ReplyStatus {

	AWAITING_APPROVAL, REJECTED, APPROVED, SENT, FAILED,
	/** Its recipient's data was erased before it left: final, never approved, reworded or sent. */
	CANCELLED;

	/** A new reply waits for a partner, unless the account lets it go without one. */
	static ReplyStatus aNewReplyWaitsForAPartnerUnlessTheAccountExemptsIt(boolean needsApproval) {
		return needsApproval ? AWAITING_APPROVAL : APPROVED;
	}

	/** Only a waiting reply is decided: approved, it is queued for sending; sent back, it goes to its author. */
	Optional<ReplyStatus> aWaitingReplyIsDecided(boolean approved) {
		return this == AWAITING_APPROVAL ? Optional.of(approved ? APPROVED : REJECTED) : Optional.empty();
	}

	/** A reply its author rewords, while it waits or after it was sent back, waits for a partner again. */
	Optional<ReplyStatus> aRewordedReplyWaitsForAPartnerAgain() {
		return this == AWAITING_APPROVAL || this == REJECTED ? Optional.of(AWAITING_APPROVAL) : Optional.empty();
	}

	/** The outbox reports on a queued reply: it was delivered, or the platform gave up on it. */
	Optional<ReplyStatus> aQueuedReplyIsDeliveredOrFails(boolean delivered) {
		return this == APPROVED ? Optional.of(delivered ? SENT : FAILED) : Optional.empty();
	}

	/** Only a reply whose delivery failed is queued again. */
	Optional<ReplyStatus> onlyAFailedDeliveryIsRetried() {
		return this == FAILED ? Optional.of(APPROVED) : Optional.empty();
	}

}
