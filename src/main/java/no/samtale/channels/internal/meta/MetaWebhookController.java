package no.samtale.channels.internal.meta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
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
import no.samtale.platform.ProblemResponses;
import no.samtale.platform.Problems;

/**
 * Meta's webhook: the verification handshake, and deliveries that are checked against the app secret, stored,
 * acknowledged, and processed afterwards. Public (Meta has no login) and exempt from CSRF; the signature is the
 * authentication. A delivery is answered 200 only once the transaction holding it has committed; if it could not be
 * stored the answer is 503, and Meta sends it again. Deliveries are served by {@link MetaWebhookIntake} before they
 * reach this controller; its {@code POST} mapping describes the operation in the API description and answers the
 * same through {@link MetaWebhookReception} should a request get past the filter.
 */
@RestController
class MetaWebhookController {

	private final MetaSettings settings;

	private final MetaWebhookReception reception;

	MetaWebhookController(MetaSettings settings, MetaWebhookReception reception) {
		this.settings = settings;
		this.reception = reception;
	}

	@GetMapping("/webhooks/meta")
	ResponseEntity<?> verify(@RequestParam(name = "hub.mode", required = false) String mode,
			@RequestParam(name = "hub.verify_token", required = false) String token,
			@RequestParam(name = "hub.challenge", required = false) String challenge) {
		if (settings.verifyToken().isBlank()) {
			return problem(MetaWebhookReception.NOT_CONFIGURED);
		}
		if (!"subscribe".equals(mode) || token == null || challenge == null || !MessageDigest.isEqual(
				token.getBytes(StandardCharsets.UTF_8), settings.verifyToken().getBytes(StandardCharsets.UTF_8))) {
			return problem(MetaWebhookReception.WRONG_VERIFY_TOKEN);
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
	}

	@PostMapping("/webhooks/meta")
	ResponseEntity<?> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature) {
		MetaWebhookReception.Refusal refusal = reception.receive(body == null ? new byte[0] : body, signature);
		return refusal == null ? ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("EVENT_RECEIVED")
				: problem(refusal);
	}

	private static ResponseEntity<ProblemDetail> problem(MetaWebhookReception.Refusal refusal) {
		return ResponseEntity.status(refusal.status())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemFactory.problem(refusal.status(), Problems.type(refusal.type()), refusal.title(),
					refusal.detail()));
	}

	/** Meta's deliveries meet {@link MetaWebhookIntake} before any other filter. */
	@Bean
	static FilterRegistrationBean<MetaWebhookIntake> metaWebhookIntake(MetaWebhookReception reception,
			ProblemResponses problems) {
		FilterRegistrationBean<MetaWebhookIntake> registration = new FilterRegistrationBean<>(
				new MetaWebhookIntake(reception, problems));
		registration.addUrlPatterns(MetaWebhookIntake.PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
