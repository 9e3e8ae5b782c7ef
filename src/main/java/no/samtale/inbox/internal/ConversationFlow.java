package no.samtale.inbox.internal;

import java.util.Optional;

import no.samtale.inbox.ConversationStatus;

/**
 * How a conversation's status moves, as pure functions of where it stands and what happened. The store writes what
 * they answer, guarded by the status they started from.
 */
final class ConversationFlow {

	private ConversationFlow() {
	}

	/** Why an advisor may not set a status by hand. */
	enum Refusal {
		/** AWAITING_APPROVAL and ANSWERED follow the replies; only NEW, IN_PROGRESS and CLOSED are set by hand. */
		NOT_SET_BY_HAND,
		/** A reply waits for approval: the status follows it until it is decided. */
		REPLY_AWAITING_APPROVAL
	}

	/** A citizen who writes again after an answer, or after the conversation was closed, waits again: it is new. */
	static ConversationStatus aCitizenWritingAgainPutsTheConversationBackInTheQueue(ConversationStatus current) {
		return current == ConversationStatus.ANSWERED || current == ConversationStatus.CLOSED ? ConversationStatus.NEW
				: current;
	}

	/** A reply that needs a partner's approval makes the conversation wait for it. */
	static ConversationStatus aReplyUnderReviewMakesTheConversationWait(ConversationStatus current) {
		return ConversationStatus.AWAITING_APPROVAL;
	}

	/**
	 * With no reply waiting for approval any more (approved and on its way, or sent back), the conversation is being
	 * worked on until a reply is delivered.
	 */
	static ConversationStatus withNoReplyWaitingTheConversationIsWorkedOn(ConversationStatus current,
			boolean aReplyStillWaits) {
		return current == ConversationStatus.AWAITING_APPROVAL && !aReplyStillWaits ? ConversationStatus.IN_PROGRESS
				: current;
	}

	/**
	 * A delivered reply answers the conversation, unless another reply still waits for approval; a closed
	 * conversation stays closed.
	 */
	static ConversationStatus aDeliveredReplyAnswersTheConversationUnlessAnotherWaits(ConversationStatus current,
			boolean anotherReplyWaits) {
		if (current == ConversationStatus.CLOSED) {
			return ConversationStatus.CLOSED;
		}
		return anotherReplyWaits ? ConversationStatus.AWAITING_APPROVAL : ConversationStatus.ANSWERED;
	}

	/** An advisor sets NEW, IN_PROGRESS or CLOSED by hand, and none of them while a reply waits for approval. */
	static Optional<Refusal> anAdvisorSetsOnlyNewInProgressOrClosedAndNotWhileAReplyWaits(ConversationStatus requested,
			boolean aReplyWaits) {
		if (requested != ConversationStatus.NEW && requested != ConversationStatus.IN_PROGRESS
				&& requested != ConversationStatus.CLOSED) {
			return Optional.of(Refusal.NOT_SET_BY_HAND);
		}
		return aReplyWaits ? Optional.of(Refusal.REPLY_AWAITING_APPROVAL) : Optional.empty();
	}

	/** Reopening a closed conversation resumes the work on it rather than putting it back as new. */
	static ConversationStatus aReopenedConversationIsWorkedOn(ConversationStatus current, ConversationStatus requested) {
		return current == ConversationStatus.CLOSED && requested == ConversationStatus.NEW
				? ConversationStatus.IN_PROGRESS : requested;
	}

}
