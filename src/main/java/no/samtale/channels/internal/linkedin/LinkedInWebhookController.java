package no.samtale.channels.internal.linkedin;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
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
import no.samtale.channels.internal.hooks.HookAnswers;
import no.samtale.channels.internal.hooks.HookDeliveries;
import no.samtale.channels.internal.hooks.HookSignatures;

/**
 * LinkedIn's webhook for organization social action notifications. LinkedIn validates the endpoint with a
 * {@code challengeCode} (answered with its hex HMAC-SHA256 keyed with the client secret, every few hours) and signs
 * each delivery in {@code X-LI-Signature} ({@code hmacsha256=} and the hex HMAC of the body). A missing or wrong
 * signature is refused (401) with nothing stored; a signed delivery is committed before the 200.
 */
@RestController
class LinkedInWebhookController {

	private static final Logger log = LoggerFactory.getLogger(LinkedInWebhookController.class);

	private static final String PREFIX = "hmacsha256=";

	private final LinkedInSettings settings;

	private final HookDeliveries deliveries;

	LinkedInWebhookController(LinkedInSettings settings, HookDeliveries deliveries) {
		this.settings = settings;
		this.deliveries = deliveries;
	}

	@GetMapping("/webhooks/linkedin")
	ResponseEntity<?> challenge(@RequestParam(name = "challengeCode", required = false) String challengeCode) {
		if (!settings.webhookConfigured()) {
			return HookAnswers.problem(HttpStatus.SERVICE_UNAVAILABLE, "linkedin-not-configured",
					"LinkedIn is not configured", "SAMTALE_LINKEDIN_CLIENT_SECRET is not set");
		}
		if (challengeCode == null || challengeCode.isBlank()) {
			return HookAnswers.problem(HttpStatus.BAD_REQUEST, "linkedin-challenge-code", "No challenge code",
					"The query parameter challengeCode is missing");
		}
		String response = HexFormat.of()
			.formatHex(HookSignatures.hmacSha256(settings.clientSecret(), challengeCode.getBytes(StandardCharsets.UTF_8)));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("challengeCode", challengeCode, "challengeResponse", response));
	}

	@PostMapping("/webhooks/linkedin")
	ResponseEntity<?> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-LI-Signature", required = false) String signature) {
		if (!settings.webhookConfigured()) {
			return HookAnswers.problem(HttpStatus.SERVICE_UNAVAILABLE, "linkedin-not-configured",
					"LinkedIn is not configured", "SAMTALE_LINKEDIN_CLIENT_SECRET is not set");
		}
		byte[] bytes = body == null ? new byte[0] : body;
		if (!valid(bytes, signature)) {
			return HookAnswers.problem(HttpStatus.UNAUTHORIZED, "linkedin-signature", "Bad signature",
					"X-LI-Signature is missing or is not the HMAC-SHA256 of the body with the client secret");
		}
		if (bytes.length > HookDeliveries.MAX_PAYLOAD) {
			return HookAnswers.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Delivery too large",
					"A webhook delivery may be at most " + HookDeliveries.MAX_PAYLOAD + " bytes");
		}
		try {
			deliveries.store(Platform.LINKEDIN, bytes);
		}
		catch (RuntimeException e) {
			log.warn("A LinkedIn webhook delivery could not be stored: {}", e.getClass().getName());
			return HookAnswers.notStored();
		}
		return ResponseEntity.ok().build();
	}

	private boolean valid(byte[] body, String header) {
		if (header == null) {
			return false;
		}
		String hex = header.startsWith(PREFIX) ? header.substring(PREFIX.length()) : header;
		try {
			return HookSignatures.same(HookSignatures.hmacSha256(settings.clientSecret(), body),
					HexFormat.of().parseHex(hex.trim().toLowerCase()));
		}
		catch (IllegalArgumentException notHex) {
			return false;
		}
	}

}
