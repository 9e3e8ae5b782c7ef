package no.samtale.approval;

public enum ApprovalState {
	PENDING, APPROVED, REJECTED
}
