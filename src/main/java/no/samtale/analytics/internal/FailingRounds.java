package no.samtale.analytics.internal;

/**
 * How the follower gets past a message that cannot be counted. A round counts many messages in one transaction, so
 * one bad row fails them all, round after round, and counting would stop for everything after it. After a failed
 * round the follower counts one message at a time until it meets the one that fails alone; that one is skipped (and
 * recorded) once it has failed {@link #ATTEMPTS_ALONE} times in a row, so a passing fault (a deadlock, a dropped
 * connection) does not skip anything. Each success doubles the round again up to the full size. Not thread-safe:
 * one loop uses one instance.
 */
final class FailingRounds {

	/** Failures of one message counted alone before it is skipped; with the loop's pause, about ten seconds. */
	static final int ATTEMPTS_ALONE = 5;

	private final int full;

	private int size;

	private int failuresAlone;

	FailingRounds(int full) {
		this.full = full;
		this.size = full;
	}

	/** Messages the next round may count. */
	int size() {
		return size;
	}

	/** A round failed; answers true when the message counted alone has now failed often enough to be skipped. */
	boolean failed() {
		if (size > 1) {
			size = 1;
			failuresAlone = 0;
			return false;
		}
		return ++failuresAlone >= ATTEMPTS_ALONE;
	}

	/** A round succeeded (or a message was skipped): the next may be twice as large. */
	void succeeded() {
		failuresAlone = 0;
		size = Math.min(full, size * 2);
	}

}
