package no.samtale.channels.internal.linkedin;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.TokenHealth;
import no.samtale.channels.internal.connect.Budgets;
import no.samtale.channels.internal.connect.Connections;
import no.samtale.channels.internal.hooks.PlatformHttp;

/**
 * A small client of LinkedIn's REST API at {@code SAMTALE_LINKEDIN_API_URL}: every call carries the configured
 * {@code LinkedIn-Version} and Rest.li protocol 2.0.0, with the organization's token as bearer, paid from the
 * account's daily {@link LinkedInBudget}. A 426 means the version is retired: the account's health says
 * VERSION_RETIRED (and it is remembered until a call succeeds again). A 429 (a daily limit) opens the breaker until
 * midnight UTC, when LinkedIn resets its limits.
 */
@Component
class LinkedInApi {

	/** What LinkedIn answered: the JSON, and the {@code x-restli-id} header that names what a create made. */
	record Answer(JsonNode json, String restliId) {
	}

	private final LinkedInSettings settings;

	private final JsonMapper json;

	private final Map<Long, Boolean> retired = new ConcurrentHashMap<>();

	private final Budgets budgets;

	private final Connections connections;

	LinkedInApi(LinkedInSettings settings, JsonMapper json, Budgets budgets, Connections connections) {
		this.settings = settings;
		this.json = json;
		this.budgets = budgets;
		this.connections = connections;
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

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private Answer call(long accountId, HttpRequest.Builder request, String token) throws DeliveryFailure {
		budgets.spend(accountId, ConnectorKind.LINKEDIN, 1);
		PlatformHttp.Answer answer = PlatformHttp.send(request.header("Authorization", "Bearer " + token)
			.header("LinkedIn-Version", settings.version())
			.header("X-Restli-Protocol-Version", "2.0.0")
			.build(), "LinkedIn");
		if (answer.status() == 426) {
			retired.put(accountId, true);
			connections.health(accountId, TokenHealth.VERSION_RETIRED, "LinkedIn-Version " + settings.version(), null);
		}
		budgets.heed(accountId, ConnectorKind.LINKEDIN, answer.status(), null, null);
		if (answer.status() >= 400) {
			throw LinkedInFailures.classify(answer.status(), answer.body(), settings.version(), json);
		}
		if (retired.remove(accountId) != null) {
			connections.health(accountId, TokenHealth.VALID, null, null);
		}
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
