package no.samtale.search;

/** Where an indexed document comes from; every hit says so, so a page can link to the right place. */
public enum SearchSource {

	/** A forum discussion in a topic or group. */
	FORUM,
	/** A conversation in the advisors' inbox (fed by the inbox module once it exists). */
	INBOX

}
