package no.samtale.channels.internal.meta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.platform.ProblemFactory;
import no.samtale.platform.Problems;

/**
 * Meta's webhook: the verification handshake, and deliveries that are checked against the app secret, stored,
 * acknowledged, and processed afterwards. Public (Meta has no login) and exempt from CSRF; the signature is the
 * authentication. Nothing of a delivery with a missing or wrong signature is stored. A delivery is answered 200
 * only once the transaction holding it (with those of concurrent requests, see {@link DeliveryBatcher}) has
 * committed; if it could not be stored the answer is 503, and Meta sends it again.
 */
@RestController
class MetaWebhookController {

	/** Well inside the 20 s Meta waits for an answer before it counts a delivery as failed. */
	private static final long STORE_TIMEOUT_SECONDS = 10;

	private final MetaSettings settings;

	private final DeliveryBatcher batcher;

	MetaWebhookController(MetaSettings settings, DeliveryBatcher batcher) {
		this.settings = settings;
		this.batcher = batcher;
	}

	@GetMapping("/webhooks/meta")
	ResponseEntity<?> verify(@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge) {
		if (settings.verifyToken().isBlank()) {
			return notConfigured();
		}
		if (!"subscribe".equals(mode) || token == null || challenge == null || !MessageDigest.isEqual(
				token.getBytes(StandardCharsets.UTF_8), settings.verifyToken().getBytes(StandardCharsets.UTF_8))) {
			return problem(HttpStatus.FORBIDDEN, "meta-verify-token", "Wrong verify token",
					"hub.mode must be subscribe and hub.verify_token must match the verify token");
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
	}

	@PostMapping("/webhooks/meta")
	ResponseEntity<?> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
		if (!settings.configured()) {
			return notConfigured();
		}
		byte[] bytes = body == null ? new byte[0] : body;
		if (!WebhookSignature.valid(settings.appSecret(), bytes, signature)) {
			return problem(HttpStatus.UNAUTHORIZED, "meta-signature", "Bad signature",
					"X-Hub-Signature-256 is missing or is not the HMAC-SHA256 of the body with the app secret");
		}
		if (bytes.length > MetaDeliveries.MAX_PAYLOAD) {
			return problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "Delivery too large",
					"A webhook delivery may be at most " + MetaDeliveries.MAX_PAYLOAD + " bytes");
		}
		if (!stored(bytes)) {
			return problem(HttpStatus.SERVICE_UNAVAILABLE, "meta-delivery-not-stored", "Delivery not stored",
					"The delivery could not be stored now; send it again");
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("EVENT_RECEIVED");
	}

	/** Waits, on the request's thread, for the commit that holds this delivery. */
	private boolean stored(byte[] bytes) {
		try {
			batcher.store(bytes).get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
			return true;
		}
		catch (ExecutionException | TimeoutException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Says no more to the internet than that: which settings are missing is in the README, not in the answer. */
	private static ResponseEntity<ProblemDetail> notConfigured() {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "meta-not-configured", "Meta is not configured",
				"This server does not take Meta webhooks");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemFactory.problem(status, Problems.type(type), title, detail));
	}

}
