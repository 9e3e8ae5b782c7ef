package no.samtale.archive.internal;

/** What a case folder was journaled from. */
enum SourceKind {
	/** A private inbox conversation about a person's own case. */
	CONVERSATION,
	/** A forum escalation to a directorate department and its answer. */
	ESCALATION,
	/** A hearing's final summary as published. */
	HEARING,
	/** A published post's final text. */
	POST
}
