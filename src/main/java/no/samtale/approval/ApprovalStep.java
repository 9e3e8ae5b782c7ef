package no.samtale.approval;

import java.time.Instant;

/** One step in a request's trail; {@code detail} holds the wording before an edit or the rejection comment. */
public record ApprovalStep(long id, long requestId, long actorId, Action action, String detail, Instant actedAt) {

	public enum Action {
		SUBMITTED, EDITED, APPROVED, EDITED_AND_APPROVED, REJECTED, RESUBMITTED
	}

}
