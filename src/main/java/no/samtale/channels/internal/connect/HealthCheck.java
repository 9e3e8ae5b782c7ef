package no.samtale.channels.internal.connect;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import no.samtale.channels.TokenHealth;

/**
 * Warns before a connection stops: a grant that cannot be refreshed past a date (LinkedIn's 60-day token without a
 * refresh token, a refresh token with an end) shows EXPIRING with that date a week before, which notifies the
 * admins; past the date it is REVOKED. A token that refreshes itself (an access token with a live refresh token) is
 * not "expiring": it is renewed when used.
 */
@Component
class HealthCheck {

	static final Duration WARN_AHEAD = Duration.ofDays(7);

	private final Connections connections;

	HealthCheck(Connections connections) {
		this.connections = connections;
	}

	int checkAll() {
		int changed = 0;
		Instant now = Instant.now();
		for (Connection connection : connections.all()) {
			TokenHealth next = judge(connection, now);
			if (next != connection.health()) {
				connections.health(connection.accountId(), next,
						next == TokenHealth.REVOKED ? "The grant ended" : null, end(connection));
				changed++;
			}
		}
		return changed;
	}

	/** The health a connection should show at {@code now} as far as its dates tell; other states are kept. */
	static TokenHealth judge(Connection connection, Instant now) {
		TokenHealth health = connection.health();
		if (health != TokenHealth.VALID && health != TokenHealth.EXPIRING) {
			return health;
		}
		Instant end = end(connection);
		if (end == null) {
			return TokenHealth.VALID;
		}
		if (!end.isAfter(now)) {
			return TokenHealth.REVOKED;
		}
		return end.isBefore(now.plus(WARN_AHEAD)) ? TokenHealth.EXPIRING : TokenHealth.VALID;
	}

	/** When the grant ends for good: the refresh token's end, or the access token's when there is nothing to refresh. */
	static Instant end(Connection connection) {
		if (connection.refreshExpiresAt() != null) {
			return connection.refreshExpiresAt();
		}
		return connection.hasRefreshToken() ? null : connection.accessExpiresAt();
	}

}
