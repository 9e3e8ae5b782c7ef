package no.samtale.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed to a client once (API tokens, chat cookies) and stored only as their hash. Plain SHA-256 is
 * enough because a token is 256 random bits, not a guessable password, and it lets a request find its token with
 * one indexed lookup instead of a slow bcrypt per row.
 */
public final class RandomTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomTokens() {
	}

	/** 256 random bits, URL-safe. */
	public static String generate() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	public static String sha256(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
