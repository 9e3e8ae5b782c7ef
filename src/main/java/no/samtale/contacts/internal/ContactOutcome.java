package no.samtale.contacts.internal;

/** How a logged contact ended: what tells whether the channel shift works for this person. */
enum ContactOutcome {
	/** Shown how to do it on nav.no (or the app) and left able to do it alone. */
	HELPED_TO_SELF_SERVICE,
	/** Sent on to another channel or service (the contact centre, another office, a partner). */
	REFERRED,
	/** Needs the office again: follow-up, an appointment, help the other channels cannot give. */
	FOLLOW_UP
}
