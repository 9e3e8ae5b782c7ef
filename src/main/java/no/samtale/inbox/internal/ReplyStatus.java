package no.samtale.inbox.internal;

/** How far a reply got: checked, sent back, approved and queued, delivered, or given up on. */
enum ReplyStatus {
	AWAITING_APPROVAL, REJECTED, APPROVED, SENT, FAILED
}
