package no.samtale.approval;

import java.time.Instant;

/** One text waiting for, or having had, its second pair of eyes. The id is also the subject's id. */
public record ApprovalRequest(long id, SubjectKind kind, long teamId, long authorId, String body, ApprovalState state,
		Instant submittedAt, Long decidedBy, Instant decidedAt, String rejectionComment, boolean editedByApprover) {
}
