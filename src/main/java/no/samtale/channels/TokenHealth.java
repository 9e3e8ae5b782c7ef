package no.samtale.channels;

/**
 * Whether an account's connection to its platform works, as a state an admin sees rather than a silent stop.
 * NOT_CONNECTED: no tokens yet. EXPIRING: works, but the token (or the refresh token) ends on a date within a week.
 * REFRESH_FAILING: the platform did not answer a refresh; tried again. REVOKED: the platform refused the grant
 * ({@code invalid_grant}, 401): connect again. SCOPE_MISSING and APP_NOT_APPROVED: the platform refuses what the
 * account needs until an admin grants it. VERSION_RETIRED: the platform no longer takes the API version used.
 * QUOTA_EXHAUSTED: calls wait for the budget's reset.
 */
public enum TokenHealth {
	NOT_CONNECTED, VALID, EXPIRING, REFRESH_FAILING, REVOKED, SCOPE_MISSING, APP_NOT_APPROVED, VERSION_RETIRED,
	QUOTA_EXHAUSTED;

	/** Whether calls may go out in this state (a quota waits for its reset, the others need an admin). */
	public boolean callable() {
		return this == VALID || this == EXPIRING || this == REFRESH_FAILING || this == QUOTA_EXHAUSTED;
	}

}
