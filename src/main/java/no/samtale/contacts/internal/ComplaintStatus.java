package no.samtale.contacts.internal;

/** Where a complaint stands. */
enum ComplaintStatus {
	/** Registered; nobody has written a response yet. */
	RECEIVED,
	/** A handler works on it (a response was sent back by the second handler). */
	IN_PROGRESS,
	/** A response waits for a second handler. */
	AWAITING_APPROVAL,
	/** The checked response was given. Final. */
	ANSWERED
}
