package no.samtale.analytics.internal;

/**
 * Small counts that could point to a person are not exported: a day's private messages or hidden comments (personal
 * data) from 1 to 4 are written as "<5". Zero stays zero (it points to nobody), and public counts (followers, reach,
 * posts, comments, replies) are exported as they are, because they describe the agency's public page, not a person.
 */
final class Suppression {

	static final int THRESHOLD = 5;

	static final String SUPPRESSED = "<5";

	private Suppression() {
	}

	static Object personal(int count) {
		return count > 0 && count < THRESHOLD ? SUPPRESSED : count;
	}

}
