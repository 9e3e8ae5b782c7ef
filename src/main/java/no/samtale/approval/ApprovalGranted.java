package no.samtale.approval;

/** A second person approved a text; it may now leave the agency. */
public record ApprovalGranted(long requestId, SubjectKind kind, long teamId, long approverId) {
}
