package no.samtale.channels.internal.meta;

import java.time.Duration;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.DeliveryFailure;

/**
 * What an error answer of the Graph API means for a delivery. Throttling and temporary errors (codes 1, 2, 4, 17,
 * 32, 341, 613, 80001–80014, and any HTTP 5xx) are retried, no sooner than Meta's
 * {@code estimated_time_to_regain_access}; everything else (100 bad parameter, 190 token, 200–299 permission,
 * 368 policy block, 506 duplicate post, unknown 4xx) is permanent and shown. 190 also means the account must be
 * reconnected. Meta's fbtrace_id goes with every failure.
 */
final class GraphFailures {

	private static final Set<Integer> TRANSIENT = Set.of(1, 2, 4, 17, 32, 341, 613);

	private GraphFailures() {
	}

	static DeliveryFailure classify(int httpStatus, String body, String businessUsage, JsonMapper json) {
		JsonNode error = parse(body, json).path("error");
		int code = error.path("code").asInt(-1);
		int subcode = error.path("error_subcode").asInt(-1);
		String trace = error.path("fbtrace_id").asString(null);
		String what = "Meta answered HTTP " + httpStatus + (code >= 0 ? ", error " + code : "")
				+ (subcode >= 0 ? "/" + subcode : "") + (error.has("type") ? " (" + error.path("type").asString() + ")" : "")
				+ explain(code);
		Duration retryAfter = GraphUsage.regainAccess(businessUsage, json);
		if (code == 190) {
			return new DeliveryFailure(what + ": the page token is no longer valid; reconnect the account", true, null,
					trace, true);
		}
		boolean transientCode = TRANSIENT.contains(code) || (code >= 80001 && code <= 80014);
		boolean permanentCode = code == 100 || (code >= 200 && code <= 299) || code == 368 || code == 506;
		if (transientCode || (httpStatus >= 500 && !permanentCode)) {
			return new DeliveryFailure(what, false, retryAfter, trace, false);
		}
		return new DeliveryFailure(what, true, null, trace, false);
	}

	private static String explain(int code) {
		return switch (code) {
			case 4, 17, 32, 613 -> ": rate limit reached";
			case 100 -> ": invalid parameter (the comment or message may be gone)";
			case 368 -> ": the page is temporarily blocked by Meta's policies";
			case 506 -> ": duplicate post";
			default -> code >= 200 && code <= 299 ? ": permission missing" : "";
		};
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
