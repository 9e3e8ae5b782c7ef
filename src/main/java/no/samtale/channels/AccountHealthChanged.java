package no.samtale.channels;

import java.time.Instant;

/**
 * An account's connection changed health (a token expires on {@code date}, a grant was revoked, a quota ran out).
 * Admins are told; {@code date} is the expiry or the quota's reset, null when there is none.
 */
public record AccountHealthChanged(long accountId, String accountName, Platform platform, TokenHealth health,
		Instant date) {
}
