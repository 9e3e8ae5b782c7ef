package no.samtale.identity.internal;

import java.nio.charset.StandardCharsets;

import no.samtale.platform.InvalidInputException;

/**
 * What a chosen password must be: long rather than complicated (NIST SP 800-63B), and at most 72 bytes, because
 * bcrypt silently ignores everything after that.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	static void check(String field, String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw new InvalidInputException(field, "The password must have at least " + MIN_LENGTH + " characters");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new InvalidInputException(field, "The password must be at most " + MAX_BYTES + " bytes");
		}
		if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
			throw new InvalidInputException(field, "The password must not contain the username");
		}
	}

}
