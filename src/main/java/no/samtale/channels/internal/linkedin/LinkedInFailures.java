package no.samtale.channels.internal.linkedin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.DeliveryFailure;

/**
 * What an error answer of LinkedIn means for a delivery. 401: the token expired or was revoked (reconnect). 426:
 * the {@code LinkedIn-Version} is retired (permanent until an admin sets a newer one). 429: a daily limit, retried
 * after midnight UTC. 5xx: retried. A {@code DUPLICATE_POST} is {@link Duplicate}: the same post exists already,
 * made by an earlier attempt. Other 4xx (403: the app lacks the Community Management approval or a scope) are
 * permanent and shown.
 */
final class LinkedInFailures {

	/** LinkedIn refused a post as the duplicate of one the organization made before. */
	static final class Duplicate extends DeliveryFailure {

		Duplicate(String message) {
			super(message, true, null, null, false);
		}

	}

	private LinkedInFailures() {
	}

	static DeliveryFailure classify(int status, String body, String version, JsonMapper json) {
		JsonNode error = parse(body, json);
		String code = error.path("code").asString(error.path("serviceErrorCode").asString(""));
		String what = "LinkedIn answered HTTP " + status + (code.isEmpty() ? "" : " (" + code + ")");
		if (body != null && body.contains("DUPLICATE_POST")) {
			return new Duplicate(what + ": duplicate post");
		}
		return switch (status) {
			case 401 -> new DeliveryFailure(what + ": the token is no longer accepted; reconnect the account", true,
					null, null, true);
			case 426 -> DeliveryFailure.permanent(what + ": API version " + version
					+ " is retired; set SAMTALE_LINKEDIN_VERSION to a newer month");
			case 403 -> DeliveryFailure.permanent(what + ": the app lacks a permission or LinkedIn's approval");
			case 429 -> new DeliveryFailure(what + ": daily limit reached", false,
					Duration.between(Instant.now(), nextMidnightUtc(Instant.now())), null, false);
			default -> status >= 500 ? DeliveryFailure.transientFailure(what) : DeliveryFailure.permanent(what);
		};
	}

	static Instant nextMidnightUtc(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
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
