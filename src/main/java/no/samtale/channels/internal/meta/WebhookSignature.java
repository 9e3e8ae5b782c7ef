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

	/**
	 * Each thread's keyed MAC, made again only when the secret changes: looking the algorithm up and keying it
	 * cost as much as signing a delivery (doFinal leaves it ready for the next).
	 */
	private static final ThreadLocal<Keyed> MACS = new ThreadLocal<>();

	private record Keyed(String secret, Mac mac) {
	}

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
		Keyed keyed = MACS.get();
		if (keyed == null || !keyed.secret().equals(appSecret)) {
			keyed = new Keyed(appSecret, keyedMac(appSecret));
			MACS.set(keyed);
		}
		return keyed.mac().doFinal(body);
	}

	private static Mac keyedMac(String appSecret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac;
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

	static String header(String appSecret, byte[] body) {
		return PREFIX + HexFormat.of().formatHex(sign(appSecret, body));
	}

}
