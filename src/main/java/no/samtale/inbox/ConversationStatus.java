package no.samtale.inbox;

/** Where a conversation stands in the queue. */
public enum ConversationStatus {
	NEW, IN_PROGRESS, AWAITING_APPROVAL, ANSWERED, CLOSED
}
