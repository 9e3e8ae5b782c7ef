package no.samtale.channels.internal.x;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.channels.Platform;
import no.samtale.channels.internal.hooks.HookDeliveries;
import no.samtale.channels.internal.hooks.HookSignatures;
import no.samtale.channels.internal.hooks.HookAnswers;

/**
 * The X Activity API's webhook. X checks the endpoint with a CRC challenge (a GET with {@code crc_token}, answered
 * with its HMAC-SHA256 keyed with the consumer secret), and signs each delivery the same way in
 * {@code x-twitter-webhooks-signature}. A delivery with a missing or wrong signature is refused (401) and nothing of
 * it is stored; a signed one is committed before the 200, and read afterwards.
 */
@RestController
class XWebhookController {

	private static final Logger log = LoggerFactory.getLogger(XWebhookController.class);

	private static final String PREFIX = "sha256=";

	private final XSettings settings;

	private final HookDeliveries deliveries;

	XWebhookController(XSettings settings, HookDeliveries deliveries) {
		this.settings = settings;
		this.deliveries = deliveries;
	}

	@GetMapping("/webhooks/x")
	ResponseEntity<?> challenge(@RequestParam(name = "crc_token", required = false) String crcToken) {
		if (!settings.webhookConfigured()) {
			return HookAnswers.problem(HttpStatus.SERVICE_UNAVAILABLE, "x-not-configured",
					"X is not configured", "SAMTALE_X_CONSUMER_SECRET is not set");
		}
		if (crcToken == null || crcToken.isBlank()) {
			return HookAnswers.problem(HttpStatus.BAD_REQUEST, "x-crc-token", "No CRC token",
					"The query parameter crc_token is missing");
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("response_token", sign(crcToken.getBytes(StandardCharsets.UTF_8))));
	}

	@PostMapping("/webhooks/x")
	ResponseEntity<?> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "x-twitter-webhooks-signature", required = false) String signature) {
		if (!settings.webhookConfigured()) {
			return HookAnswers.problem(HttpStatus.SERVICE_UNAVAILABLE, "x-not-configured",
					"X is not configured", "SAMTALE_X_CONSUMER_SECRET is not set");
		}
		byte[] bytes = body == null ? new byte[0] : body;
		if (!valid(bytes, signature)) {
			return HookAnswers.problem(HttpStatus.UNAUTHORIZED, "x-signature", "Bad signature",
					"x-twitter-webhooks-signature is missing or is not the HMAC-SHA256 of the body with the consumer secret");
		}
		if (bytes.length > HookDeliveries.MAX_PAYLOAD) {
			return HookAnswers.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Delivery too large",
					"A webhook delivery may be at most " + HookDeliveries.MAX_PAYLOAD + " bytes");
		}
		try {
			deliveries.store(Platform.X, bytes);
		}
		catch (RuntimeException e) {
			log.warn("An X webhook delivery could not be stored: {}", e.getClass().getName());
			return HookAnswers.notStored();
		}
		return ResponseEntity.ok().build();
	}

	private String sign(byte[] data) {
		return PREFIX + Base64.getEncoder().encodeToString(HookSignatures.hmacSha256(settings.consumerSecret(), data));
	}

	private boolean valid(byte[] body, String header) {
		if (header == null || !header.startsWith(PREFIX)) {
			return false;
		}
		try {
			byte[] given = Base64.getDecoder().decode(header.substring(PREFIX.length()).trim());
			return HookSignatures.same(HookSignatures.hmacSha256(settings.consumerSecret(), body), given);
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

}
