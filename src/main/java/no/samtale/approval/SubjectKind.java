package no.samtale.approval;

/** What is being reviewed. */
public enum SubjectKind {
	REPLY, POST
}
