package no.samtale.channels;

import java.time.Instant;

/**
 * An account's connection changed health (a token expires on {@code date}, a grant was revoked, a quota ran out).
 * Admins are told; {@code date} is the expiry or the quota's reset (for REFRESH_FAILING: when the current token
 * ends), null when there is none; {@code at} is when the health changed, which tells one change from a later one.
 */
public record AccountHealthChanged(long accountId, String accountName, Platform platform, TokenHealth health,
		Instant date, Instant at) {
}
