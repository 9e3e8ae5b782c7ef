package no.samtale.channels.internal.x;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.Budgets;
import no.samtale.channels.internal.hooks.PlatformHttp;

/**
 * A small client of X's API v2 at {@code SAMTALE_X_API_URL}, with the account's OAuth 2.0 user token as bearer.
 * Each call is paid from the account's budget ({@link XBudget}) first; every answer's {@code x-rate-limit-*} headers
 * say what is really left, and a 429 or 402 (pay-per-use credits exhausted) opens the breaker
 * ({@link XBudget#refusedUntil}), so no call goes out that X would refuse.
 * The token never reaches a log line or a failure message.
 */
@Component
class XApi {

	private final XSettings settings;

	private final Budgets budgets;

	private final JsonMapper json;

	XApi(XSettings settings, Budgets budgets, JsonMapper json) {
		this.settings = settings;
		this.budgets = budgets;
		this.json = json;
	}

	JsonNode get(long accountId, String path, Map<String, String> query, String token) throws DeliveryFailure {
		String q = query.isEmpty() ? "" : "?" + query.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return call(accountId, path, PlatformHttp.request(settings.apiUrl() + path + q, settings.timeout()).GET(),
				token);
	}

	JsonNode post(long accountId, String path, Object body, String token) throws DeliveryFailure {
		return call(accountId, path, PlatformHttp.request(settings.apiUrl() + path, settings.timeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), token);
	}

	private JsonNode call(long accountId, String path, HttpRequest.Builder request, String token)
			throws DeliveryFailure {
		budgets.spend(accountId, ConnectorKind.X, 1);
		PlatformHttp.Answer answer = PlatformHttp.send(request.header("Authorization", "Bearer " + token).build(), "X");
		Instant retryAt = budgets.heed(accountId, ConnectorKind.X, answer.status(),
				number(answer.header("x-rate-limit-remaining")), resetOf(answer.header("x-rate-limit-reset")));
		if (answer.status() >= 400) {
			throw XFailures.classify(answer.status(), answer.body(), retryAt, json);
		}
		try {
			return json.readTree(answer.body().isBlank() ? "{}" : answer.body());
		}
		catch (RuntimeException notJson) {
			return json.createObjectNode();
		}
	}

	private static Instant resetOf(String header) {
		Long seconds = number(header);
		return seconds == null ? null : Instant.ofEpochSecond(seconds);
	}

	private static Long number(String header) {
		try {
			return header == null ? null : Long.valueOf(header.trim());
		}
		catch (NumberFormatException garbled) {
			return null;
		}
	}

}
