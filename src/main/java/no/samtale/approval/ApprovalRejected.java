package no.samtale.approval;

/** A text was sent back to its author with a comment. */
public record ApprovalRejected(long requestId, SubjectKind kind, long teamId, long approverId) {
}
