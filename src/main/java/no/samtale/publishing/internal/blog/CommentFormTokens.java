package no.samtale.publishing.internal.blog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The comment form's token: the article's id and the hour the page was made, signed with the server's key. A
 * comment is taken only with a token for its own article from the last day, so a comment cannot be posted without
 * loading the article first, and a form copied to another site is refused by its Origin. The token is the same for
 * everyone within the hour, so the article page can be cached. It is keyed by the installation's secret key
 * ({@code samtale.secret-key}, the same on every node); without one each start makes a key of its own (forms older
 * than the start are refused).
 */
@Component
class CommentFormTokens {

	static final Duration VALID = Duration.ofHours(24);

	private final byte[] key;

	CommentFormTokens(@Value("${samtale.secret-key:}") String secret) {
		if (secret.isBlank()) {
			this.key = new byte[32];
			new SecureRandom().nextBytes(this.key);
		}
		else {
			this.key = ("blog-comment-form:" + secret).getBytes(StandardCharsets.UTF_8);
		}
	}

	String issue(long postId, Instant now) {
		long hour = now.getEpochSecond() / 3600;
		return postId + "." + hour + "." + signature(postId + "." + hour);
	}

	boolean valid(String token, long postId, Instant now) {
		if (token == null) {
			return false;
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3 || !parts[0].equals(Long.toString(postId))) {
			return false;
		}
		long hour;
		try {
			hour = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException e) {
			return false;
		}
		long age = now.getEpochSecond() - hour * 3600;
		boolean fresh = age >= 0 && age <= VALID.toSeconds() + 3600;
		return fresh && MessageDigest.isEqual(signature(parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8),
				parts[2].getBytes(StandardCharsets.UTF_8));
	}

	private String signature(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
		}
	}

}
