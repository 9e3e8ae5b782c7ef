package no.samtale.approval;

import java.time.Instant;

/**
 * One text waiting for, or having had, its second pair of eyes. {@code writtenBy} wrote the current wording: the
 * author, or an approver whose edit waits to be accepted ({@code previousBody} is then the wording it replaced).
 * {@code body} is null once retention or erasure forgot it.
 */
public record ApprovalRequest(long id, SubjectKind kind, long teamId, long authorId, String body, ApprovalState state,
		Instant submittedAt, Long decidedBy, Instant decidedAt, String rejectionComment, boolean editedByApprover,
		long writtenBy, String previousBody) {

	/** A request as its author wrote it, with no edit by anyone else. */
	public ApprovalRequest(long id, SubjectKind kind, long teamId, long authorId, String body, ApprovalState state,
			Instant submittedAt, Long decidedBy, Instant decidedAt, String rejectionComment, boolean editedByApprover) {
		this(id, kind, teamId, authorId, body, state, submittedAt, decidedBy, decidedAt, rejectionComment,
				editedByApprover, authorId, null);
	}

	/** An approver changed the wording, and the change waits for the author (or a third member) to accept it. */
	public boolean editAwaitsAcceptance() {
		return state == ApprovalState.PENDING && writtenBy != authorId;
	}

}
