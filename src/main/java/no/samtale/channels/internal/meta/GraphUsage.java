package no.samtale.channels.internal.meta;

import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meta's usage headers: {@code X-App-Usage} ({@code {"call_count":28,"total_time":25,"total_cputime":25}}, in
 * per cent of the app's limit) and {@code X-Business-Use-Case-Usage} (per business id, a list of the same figures
 * by use case, with {@code estimated_time_to_regain_access} in minutes once throttled).
 */
final class GraphUsage {

	/** Above this share of a limit, calls slow down before Meta starts refusing them. */
	static final int SLOW_DOWN_PERCENT = 80;

	private GraphUsage() {
	}

	/** The highest share of any limit the headers report, 0 when there are none. */
	static int highestPercent(String appUsage, String businessUsage, JsonMapper json) {
		int highest = highestOf(parse(appUsage, json));
		for (JsonNode useCases : parse(businessUsage, json)) {
			for (JsonNode useCase : useCases) {
				highest = Math.max(highest, highestOf(useCase));
			}
		}
		return highest;
	}

	/** How long Meta says until calls are allowed again, or null. */
	static Duration regainAccess(String businessUsage, JsonMapper json) {
		long minutes = 0;
		for (JsonNode useCases : parse(businessUsage, json)) {
			for (JsonNode useCase : useCases) {
				minutes = Math.max(minutes, useCase.path("estimated_time_to_regain_access").asLong(0));
			}
		}
		return minutes > 0 ? Duration.ofMinutes(minutes) : null;
	}

	/**
	 * How long to wait before the next call: nothing below {@link #SLOW_DOWN_PERCENT}, then from 15 seconds
	 * growing to 5 minutes at the limit, and never less than Meta's own estimate.
	 */
	static Duration pause(String appUsage, String businessUsage, JsonMapper json) {
		int percent = highestPercent(appUsage, businessUsage, json);
		Duration regain = regainAccess(businessUsage, json);
		Duration pause = Duration.ZERO;
		if (percent >= SLOW_DOWN_PERCENT) {
			int over = Math.min(percent, 100) - SLOW_DOWN_PERCENT;
			pause = Duration.ofSeconds(15 + over * 285L / (100 - SLOW_DOWN_PERCENT));
		}
		return regain != null && regain.compareTo(pause) > 0 ? regain : pause;
	}

	private static int highestOf(JsonNode usage) {
		return Math.max(usage.path("call_count").asInt(0),
				Math.max(usage.path("total_time").asInt(0), usage.path("total_cputime").asInt(0)));
	}

	private static JsonNode parse(String header, JsonMapper json) {
		if (header == null || header.isBlank()) {
			return json.createObjectNode();
		}
		try {
			return json.readTree(header);
		}
		catch (RuntimeException notJson) {
			return json.createObjectNode();
		}
	}

}
