package no.samtale.approval;

import java.time.Instant;

/** One step in a request's trail; {@code detail} holds the wording before an edit or the rejection comment. */
public record ApprovalStep(long id, long requestId, long actorId, Action action, String detail, Instant actedAt) {

	public enum Action {
		SUBMITTED,
		/** Submitted where no second pair of eyes is asked for (a private chat answer on an exempted account). */
		NEEDS_NO_APPROVAL,
		/** The author reworded it before the decision. */
		EDITED,
		/** An approver changed the wording; the change waits for the author or a third member. */
		EDIT_PROPOSED,
		/** The author accepted an approver's change, and the text leaves. */
		EDIT_ACCEPTED,
		APPROVED,
		/** Approved with an edit, before an edit had to be accepted (kept for older trails). */
		EDITED_AND_APPROVED,
		REJECTED,
		RESUBMITTED
	}

}
