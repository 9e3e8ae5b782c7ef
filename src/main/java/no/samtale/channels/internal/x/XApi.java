package no.samtale.channels.internal.x;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.hooks.PlatformHttp;

/**
 * A small client of X's API v2 at {@code SAMTALE_X_API_URL}, with the account's OAuth 2.0 user token as bearer.
 * Every answer's {@code x-rate-limit-*} headers, and a 402 (pay-per-use credits exhausted), go into the
 * {@link XBudget}; a call the budget says would be refused is not made, but fails as transient until the reset.
 * The token never reaches a log line or a failure message.
 */
@Component
class XApi {

	private final XSettings settings;

	private final XBudget budget;

	private final JsonMapper json;

	XApi(XSettings settings, XBudget budget, JsonMapper json) {
		this.settings = settings;
		this.budget = budget;
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
		budget.check(accountId, endpoint(path));
		PlatformHttp.Answer answer = PlatformHttp.send(request.header("Authorization", "Bearer " + token).build(), "X");
		budget.observe(accountId, endpoint(path), answer.header("x-rate-limit-remaining"),
				answer.header("x-rate-limit-reset"), Instant.now());
		if (answer.status() == 402) {
			budget.creditsExhausted(accountId, Instant.now());
		}
		if (answer.status() >= 400) {
			throw XFailures.classify(answer.status(), answer.body(), budget.notBefore(accountId, endpoint(path)), json);
		}
		try {
			return json.readTree(answer.body().isBlank() ? "{}" : answer.body());
		}
		catch (RuntimeException notJson) {
			return json.createObjectNode();
		}
	}

	/** X limits per endpoint: the path with its ids taken out ({@code /users/:id/mentions}). */
	static String endpoint(String path) {
		return path.replaceAll("/[0-9]+", "/:id");
	}

	/** How long until the budget lets a call to this endpoint go out; zero when it may now. */
	Duration wait(long accountId, String path) {
		Instant until = budget.notBefore(accountId, endpoint(path));
		return until == null ? Duration.ZERO : Duration.between(Instant.now(), until).isNegative() ? Duration.ZERO
				: Duration.between(Instant.now(), until);
	}

}
