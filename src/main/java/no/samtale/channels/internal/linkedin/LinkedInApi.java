package no.samtale.channels.internal.linkedin;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.hooks.PlatformHttp;

/**
 * A small client of LinkedIn's REST API at {@code SAMTALE_LINKEDIN_API_URL}: every call carries the configured
 * {@code LinkedIn-Version} and Rest.li protocol 2.0.0, with the organization's token as bearer. A 426 means the
 * version is retired: remembered per account ({@link #versionRetired}) until a call succeeds again. A 429 (a daily
 * limit) stops the account's calls until midnight UTC, when LinkedIn resets them.
 */
@Component
class LinkedInApi {

	/** What LinkedIn answered: the JSON, and the {@code x-restli-id} header that names what a create made. */
	record Answer(JsonNode json, String restliId) {
	}

	private final LinkedInSettings settings;

	private final JsonMapper json;

	private final Map<Long, Boolean> retired = new ConcurrentHashMap<>();

	private final Map<Long, Instant> limitedUntil = new ConcurrentHashMap<>();

	LinkedInApi(LinkedInSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
	}

	Answer get(long accountId, String path, String query, String token) throws DeliveryFailure {
		return call(accountId, PlatformHttp.request(settings.apiUrl() + path + (query.isEmpty() ? "" : "?" + query),
				settings.timeout()).GET(), token);
	}

	Answer post(long accountId, String path, Object body, String token) throws DeliveryFailure {
		return call(accountId, PlatformHttp.request(settings.apiUrl() + path, settings.timeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), token);
	}

	boolean versionRetired(long accountId) {
		return retired.getOrDefault(accountId, false);
	}

	Instant limitedUntil(long accountId) {
		Instant until = limitedUntil.get(accountId);
		return until != null && until.isAfter(Instant.now()) ? until : null;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Answer call(long accountId, HttpRequest.Builder request, String token) throws DeliveryFailure {
		Instant until = limitedUntil(accountId);
		if (until != null) {
			throw new DeliveryFailure("LinkedIn's daily limit is reached until midnight UTC", false,
					java.time.Duration.between(Instant.now(), until), null, false);
		}
		PlatformHttp.Answer answer = PlatformHttp.send(request.header("Authorization", "Bearer " + token)
			.header("LinkedIn-Version", settings.version())
			.header("X-Restli-Protocol-Version", "2.0.0")
			.build(), "LinkedIn");
		if (answer.status() == 426) {
			retired.put(accountId, true);
		}
		if (answer.status() == 429) {
			limitedUntil.put(accountId, LinkedInFailures.nextMidnightUtc(Instant.now()));
		}
		if (answer.status() >= 400) {
			throw LinkedInFailures.classify(answer.status(), answer.body(), settings.version(), json);
		}
		retired.remove(accountId);
		JsonNode body;
		try {
			body = json.readTree(answer.body().isBlank() ? "{}" : answer.body());
		}
		catch (RuntimeException notJson) {
			body = json.createObjectNode();
		}
		return new Answer(body, answer.header("x-restli-id"));
	}

}
