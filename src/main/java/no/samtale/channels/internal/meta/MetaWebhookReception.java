package no.samtale.channels.internal.meta;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a delivery to Meta's webhook is answered: checked against the app secret, stored (with those of concurrent
 * requests, see {@link DeliveryBatcher}) and acknowledged once committed; nothing of a delivery with a missing or
 * wrong signature is stored. The same for {@link MetaWebhookIntake}, which serves it, and the controller, which
 * describes it.
 */
@Component
class MetaWebhookReception {

	/** Well inside the 20 s Meta waits for an answer before it counts a delivery as failed. */
	private static final long STORE_TIMEOUT_SECONDS = 10;

	/** A refusal: the status, the problem type's name and its English title and detail (the client words it). */
	record Refusal(String type, HttpStatus status, String title, String detail) {
	}

	static final Refusal NOT_CONFIGURED = new Refusal("meta-not-configured", HttpStatus.SERVICE_UNAVAILABLE,
			"Meta is not configured", "This server does not take Meta webhooks");

	static final Refusal TOO_LARGE = new Refusal("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE,
			"Delivery too large", "A webhook delivery may be at most " + MetaDeliveries.MAX_PAYLOAD + " bytes");

	static final Refusal WRONG_VERIFY_TOKEN = new Refusal("meta-verify-token", HttpStatus.FORBIDDEN,
			"Wrong verify token", "hub.mode must be subscribe and hub.verify_token must match the verify token");

	private static final Refusal BAD_SIGNATURE = new Refusal("meta-signature", HttpStatus.UNAUTHORIZED,
			"Bad signature",
			"X-Hub-Signature-256 is missing or is not the HMAC-SHA256 of the body with the app secret");

	private static final Refusal NOT_STORED = new Refusal("meta-delivery-not-stored", HttpStatus.SERVICE_UNAVAILABLE,
			"Delivery not stored", "The delivery could not be stored now; send it again");

	private final MetaSettings settings;

	private final DeliveryBatcher batcher;

	MetaWebhookReception(MetaSettings settings, DeliveryBatcher batcher) {
		this.settings = settings;
		this.batcher = batcher;
	}

	/** Stores a signed delivery and answers null once it is committed, or answers why not. */
	Refusal receive(byte[] body, String signature) {
		if (!settings.configured()) {
			return NOT_CONFIGURED;
		}
		if (!WebhookSignature.valid(settings.appSecret(), body, signature)) {
			return BAD_SIGNATURE;
		}
		if (body.length > MetaDeliveries.MAX_PAYLOAD) {
			return TOO_LARGE;
		}
		return stored(body) ? null : NOT_STORED;
	}

	/** Waits, on the request's thread, for the commit that holds this delivery. */
	private boolean stored(byte[] body) {
		try {
			batcher.store(body).get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
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

}
