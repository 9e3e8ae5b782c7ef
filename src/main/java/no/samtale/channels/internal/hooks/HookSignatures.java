package no.samtale.channels.internal.hooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, as X and LinkedIn sign their webhooks and challenges; compared in constant time. */
public final class HookSignatures {

	private HookSignatures() {
	}

	public static byte[] hmacSha256(String secret, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}

	public static boolean same(byte[] expected, byte[] given) {
		return given != null && MessageDigest.isEqual(expected, given);
	}

}
