package no.samtale.approval;

/** What is being reviewed. */
public enum SubjectKind {
	REPLY, POST,
	/** The response to a service complaint (module contacts). */
	COMPLAINT,
	/** The budget of a sponsored post (module publishing). */
	SPONSORSHIP
}
