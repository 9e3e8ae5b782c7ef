package no.samtale.channels.internal.youtube;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.TokenHealth;
import no.samtale.channels.internal.connect.AccessTokens;
import no.samtale.channels.internal.connect.Budgets;
import no.samtale.channels.internal.connect.Connections;

/**
 * A small client of the YouTube Data API v3. Every call is paid from the project's quota before it goes out (1 unit
 * for a list, 50 for a write; an upload in {@link YouTubeUploads}); {@code quotaExceeded} opens the breaker until
 * midnight Pacific time. A 401 refreshes the token once and tries again. The token travels in the Authorization
 * header and never reaches a log line.
 */
@Component
class YouTubeApi {

	static final int LIST = 1;

	static final int WRITE = 50;

	private final YouTubeSettings settings;

	private final AccessTokens tokens;

	private final Budgets budgets;

	private final Connections connections;

	private final YouTubeQuota quota;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	YouTubeApi(YouTubeSettings settings, AccessTokens tokens, Budgets budgets, Connections connections,
			YouTubeQuota quota, JsonMapper json) {
		this.settings = settings;
		this.tokens = tokens;
		this.budgets = budgets;
		this.connections = connections;
		this.quota = quota;
		this.json = json;
	}

	JsonNode get(long accountId, String path, Map<String, String> query) throws DeliveryFailure {
		return call(accountId, "GET", path, query, null, LIST, null);
	}

	JsonNode post(long accountId, String path, Map<String, String> query, Object body) throws DeliveryFailure {
		return call(accountId, "POST", path, query, body == null ? null : json.writeValueAsString(body), WRITE, null);
	}

	/** A deletion (50 units); what is gone already counts as deleted, as an earlier attempt may have done it. */
	JsonNode delete(long accountId, String path, Map<String, String> query) throws DeliveryFailure {
		return call(accountId, "DELETE", path, query, null, WRITE, null);
	}

	/** A read with a token not stored yet (whom a fresh grant speaks for). */
	JsonNode getWithToken(long accountId, String path, Map<String, String> query, String token)
			throws DeliveryFailure {
		return call(accountId, "GET", path, query, null, LIST, token);
	}

	private JsonNode call(long accountId, String method, String path, Map<String, String> query, String body,
			int units, String givenToken) throws DeliveryFailure {
		budgets.spend(accountId, ConnectorKind.YOUTUBE, units);
		String token = givenToken != null ? givenToken : tokens.current(accountId);
		HttpResponse<String> response = send(method, path, query, body, token);
		if (response.statusCode() == 401 && givenToken == null) {
			response = send(method, path, query, body, tokens.refreshAfterRejection(accountId, token));
		}
		if (response.statusCode() == 404 && "DELETE".equals(method)) {
			return json.createObjectNode();
		}
		if (response.statusCode() >= 400) {
			throw failure(accountId, response.statusCode(), response.body());
		}
		try {
			return json.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
		}
		catch (RuntimeException notJson) {
			return json.createObjectNode();
		}
	}

	private HttpResponse<String> send(String method, String path, Map<String, String> query, String body,
			String token) throws DeliveryFailure {
		String q = query.isEmpty() ? "" : "?" + no.samtale.channels.internal.connect.Forms.encode(query);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.apiUrl() + path + q))
			.timeout(settings.timeout())
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + token);
		if ("POST".equals(method)) {
			request.header("Content-Type", "application/json")
				.POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		}
		else if ("DELETE".equals(method)) {
			request.DELETE();
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException | HttpConnectTimeoutException e) {
			throw DeliveryFailure.transientFailure("YouTube could not be reached (" + e.getClass().getSimpleName() + ")");
		}
		catch (IOException e) {
			// A write may have been carried out: the outbox reads the comment list back before it tries again.
			String message = "No answer from YouTube (" + e.getClass().getSimpleName() + ")";
			throw "GET".equals(method) ? DeliveryFailure.transientFailure(message)
					: DeliveryFailure.outcomeUnknown(message);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw DeliveryFailure.transientFailure("Interrupted while calling YouTube");
		}
	}

	/**
	 * What an error answer means: {@code quotaExceeded} (403) opens the breaker until the quota resets; a channel's
	 * {@code uploadLimitExceeded} waits for the reset without it; rate limits and 5xx are tried again; a 401 after a
	 * refresh, or a missing permission, needs the admin.
	 */
	DeliveryFailure failure(long accountId, int status, String body) {
		String reason = reason(body);
		String message = "YouTube answered " + status + (reason.isEmpty() ? "" : " " + reason);
		if ("quotaExceeded".equals(reason) || "dailyLimitExceeded".equals(reason)) {
			Instant reset = quota.nextReset(Instant.now());
			budgets.exhausted(accountId, ConnectorKind.YOUTUBE, reset);
			return new DeliveryFailure(message, false, Duration.between(Instant.now(), reset), null, false);
		}
		if ("uploadLimitExceeded".equals(reason)) {
			// The channel's own daily upload limit: its other calls go on, and the video waits for the next day.
			return new DeliveryFailure(message, false, Duration.between(Instant.now(), quota.nextReset(Instant.now())),
					null, false);
		}
		if (status == 429 || "rateLimitExceeded".equals(reason) || "userRateLimitExceeded".equals(reason)) {
			return new DeliveryFailure(message, false, Duration.ofMinutes(1), null, false);
		}
		if (status == 401) {
			connections.health(accountId, TokenHealth.REVOKED, message, null);
			return new DeliveryFailure(message, true, null, null, true);
		}
		if (status == 403 && ("insufficientPermissions".equals(reason) || "forbidden".equals(reason)
				&& body.contains("scope"))) {
			connections.health(accountId, TokenHealth.SCOPE_MISSING, message, null);
			return new DeliveryFailure(message, true, null, null, true);
		}
		if (status >= 500) {
			return DeliveryFailure.transientFailure(message);
		}
		return DeliveryFailure.permanent(message);
	}

	private String reason(String body) {
		try {
			JsonNode errors = json.readTree(body == null || body.isBlank() ? "{}" : body).path("error").path("errors");
			return errors.isArray() && !errors.isEmpty() ? errors.get(0).path("reason").asString("") : "";
		}
		catch (RuntimeException notJson) {
			return "";
		}
	}

}
