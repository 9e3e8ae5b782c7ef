package no.samtale.approval;

public enum ApprovalState {
	PENDING, APPROVED, REJECTED,
	/** Erasure withdrew it: the person it was for is forgotten. Final: nobody decides or rewords it. */
	CANCELLED
}
