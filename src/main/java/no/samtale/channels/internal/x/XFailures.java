package no.samtale.channels.internal.x;

import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.DeliveryFailure;

/**
 * What an error answer of X means for a delivery. 401: the token is no longer accepted (reconnect). 402: credits
 * exhausted, 429: rate limited, 5xx: X's trouble — all retried later. 403 for duplicate content is
 * {@link Duplicate}: the same text was posted before, most likely by an earlier attempt of this very delivery.
 * Other 4xx are permanent and shown.
 */
final class XFailures {

	/** X refused a post as a duplicate of one the account made before. */
	static final class Duplicate extends DeliveryFailure {

		Duplicate(String message) {
			super(message, true, null, null, false);
		}

	}

	private XFailures() {
	}

	static DeliveryFailure classify(int status, String body, Instant notBefore, JsonMapper json) {
		JsonNode error = parse(body, json);
		String detail = error.path("detail").asString(error.path("title").asString(""));
		String what = "X answered HTTP " + status + (error.has("title") ? " (" + error.path("title").asString() + ")" : "");
		Duration retryAfter = notBefore == null ? null : Duration.between(Instant.now(), notBefore);
		if (status == 401) {
			return new DeliveryFailure(what + ": the token is no longer accepted; reconnect the account", true, null,
					null, true);
		}
		if (status == 403 && detail.toLowerCase().contains("duplicate")) {
			return new Duplicate(what + ": duplicate content");
		}
		if (status == 402) {
			return new DeliveryFailure(what + ": the app's credits are exhausted", false, retryAfter, null, false);
		}
		if (status == 429 || status >= 500) {
			return new DeliveryFailure(what + (status == 429 ? ": rate limit reached" : ""), false, retryAfter, null,
					false);
		}
		return new DeliveryFailure(what, true, null, null, false);
	}

	private static JsonNode parse(String body, JsonMapper json) {
		try {
			return json.readTree(body == null || body.isBlank() ? "{}" : body);
		}
		catch (RuntimeException notJson) {
			return json.createObjectNode();
		}
	}

}
