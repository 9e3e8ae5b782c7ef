package no.samtale.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Hashes API tokens with plain SHA-256. That is enough because a token is 256 random bits, not a guessable
 * password, and it lets a request find its token with one indexed lookup instead of a slow bcrypt per row.
 */
final class TokenHashing {

	private TokenHashing() {
	}

	static String sha256(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
