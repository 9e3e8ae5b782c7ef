package no.samtale.channels.internal.connect;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.samtale.platform.RuleViolationException;

/**
 * Encrypts platform tokens at rest (Meta page tokens, OAuth access and refresh tokens) with AES-256-GCM: a random
 * 12-byte IV per value, stored as
 * {@code v1:<base64 iv + ciphertext + tag>}. The key is the SHA-256 of {@code SAMTALE_SECRET_KEY}, so any long
 * random string serves. The demo without a key uses a fixed, public key and says so loudly; outside the demo,
 * without a key, nothing can be encrypted and connecting a Meta account is refused.
 */
@Component
public class TokenCipher {

	private static final Logger log = LoggerFactory.getLogger(TokenCipher.class);

	private static final String DEMO_KEY = "samtale-demo-key-never-use-in-production";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	public TokenCipher(@Value("${samtale.secret-key:}") String secretKey, @Value("${samtale.demo:false}") boolean demo) {
		String material = secretKey;
		if (material.isBlank() && demo) {
			log.warn("*** SAMTALE_SECRET_KEY is not set: demo mode encrypts page tokens with a fixed, public key. "
					+ "Never connect a real page this way. ***");
			material = DEMO_KEY;
		}
		this.key = material.isBlank() ? null : new SecretKeySpec(sha256(material), "AES");
	}

	public boolean available() {
		return key != null;
	}

	public String encrypt(String plain) {
		requireKey();
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return "v1:" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot encrypt", e);
		}
	}

	public String decrypt(String stored) {
		requireKey();
		if (!stored.startsWith("v1:")) {
			throw new IllegalStateException("Unknown token format");
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored.substring(3));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
			return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			// A changed SAMTALE_SECRET_KEY or a tampered value: the token must be entered again.
			throw new IllegalStateException("The stored page token cannot be decrypted with this SAMTALE_SECRET_KEY");
		}
	}

	private void requireKey() {
		if (key == null) {
			throw new RuleViolationException("secret-key-missing", "accessToken",
					"SAMTALE_SECRET_KEY is not set, so platform tokens (Meta page tokens, OAuth access and refresh "
							+ "tokens) cannot be stored encrypted; set it and try again");
		}
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

}
