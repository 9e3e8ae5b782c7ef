package no.samtale.channels.internal.connect;

import java.time.Instant;

import no.samtale.channels.ConnectorKind;

/**
 * How a connector's calls are counted: which budget an account draws on (YouTube's quota belongs to the Google
 * project, so all its channels share one; X's limits are per user), how many units it holds, and when it resets.
 * One bean per connector kind that has a budget.
 */
public interface BudgetPolicy {

	ConnectorKind kind();

	/** The budget the account draws on, e.g. {@code "YOUTUBE"} for an app-wide quota or {@code "X:12"}. */
	String key(long accountId);

	/** Units per period. */
	int limit();

	/** When a budget in use at {@code now} is full again. */
	Instant nextReset(Instant now);

	/**
	 * Until when an answer with HTTP {@code status} stops all calls, or null when it is no quota refusal. A 429
	 * waits for the reset the platform named ({@code namedReset}, null if it named none), else for the period's end.
	 */
	default Instant refusedUntil(int status, Instant namedReset, Instant now) {
		if (status != 429) {
			return null;
		}
		return namedReset != null ? namedReset : nextReset(now);
	}

	/** The share of the budget polling leaves for replies and moderation. */
	default double writeReserve() {
		return 0.2;
	}

}
