package no.samtale.channels.internal.meta;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Meta signs every webhook delivery: {@code X-Hub-Signature-256: sha256=<hex>}, the HMAC-SHA256 of the raw body
 * bytes keyed with the app secret. The comparison takes the same time however many characters match.
 */
final class WebhookSignature {

	private static final String PREFIX = "sha256=";

	private WebhookSignature() {
	}

	static boolean valid(String appSecret, byte[] body, String header) {
		if (appSecret == null || appSecret.isBlank() || header == null || !header.startsWith(PREFIX)) {
			return false;
		}
		byte[] given;
		try {
			given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
		}
		catch (IllegalArgumentException notHex) {
			return false;
		}
		return MessageDigest.isEqual(sign(appSecret, body), given);
	}

	static byte[] sign(String appSecret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

	static String header(String appSecret, byte[] body) {
		return PREFIX + HexFormat.of().formatHex(sign(appSecret, body));
	}

}
