package no.samtale.search;

/** Where an indexed document comes from; every hit says so, so a page can link to the right place. */
public enum SearchSource {

	/** A forum discussion in a topic or group. */
	FORUM,
	/**
	 * A conversation in the advisors' inbox with the team's sent replies; its "space" is the team, and only the
	 * team's advisors read it.
	 */
	INBOX,
	/** A team's ready answer in the inbox; its "space" is the team, and only the team's advisors read it. */
	CANNED,
	/** A published post of a team's social media account: public already, so every employee reads it. */
	POST,
	/** A question answered in a nettprat; its "space" is the nettprat, and every employee reads it. */
	NETTPRAT

}
