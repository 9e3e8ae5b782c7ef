package no.samtale.channels.internal.connect;

import java.time.Instant;

/**
 * What a token endpoint answers: an access token, maybe a refresh token (X rotates it on every refresh; Google
 * keeps it), when each ends (null: not said), and the granted scopes (space-separated, null: not said).
 */
public record TokenPair(String accessToken, String refreshToken, Instant accessExpiresAt, Instant refreshExpiresAt,
		String scopes) {

	@Override
	public String toString() {
		// Never the tokens: a record's default toString would put them in a log line.
		return "TokenPair[accessExpiresAt=" + accessExpiresAt + ", refreshExpiresAt=" + refreshExpiresAt + "]";
	}

}
