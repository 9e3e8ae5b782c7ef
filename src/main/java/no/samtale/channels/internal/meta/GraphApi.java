package no.samtale.channels.internal.meta;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.DeliveryFailure;

/**
 * A small client of the Graph API at {@code SAMTALE_META_GRAPH_URL}. Each answer's usage headers set a per-account
 * "not before" time once a limit is 80 % used; a call asked for before then fails as transient with that time, so
 * the outbox retries it later instead of pushing the page into Meta's throttling. The token travels as the
 * {@code access_token} parameter and never reaches a log line or a failure message.
 */
@Component
class GraphApi {

	private static final Duration LONGEST_INLINE_WAIT = Duration.ofSeconds(2);

	/** An answer's longest wait; with the connect timeout within {@code OutboxStates.LONGEST_CALL}. */
	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final MetaSettings settings;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Map<Long, Instant> notBefore = new ConcurrentHashMap<>();

	GraphApi(MetaSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
	}

	JsonNode get(long accountId, String path, Map<String, String> query, String token) throws DeliveryFailure {
		return get(accountId, path, query, token, TIMEOUT);
	}

	/** A read that must not hold its caller long (a profile name looked up while a message is processed). */
	JsonNode get(long accountId, String path, Map<String, String> query, String token, Duration timeout)
			throws DeliveryFailure {
		Map<String, String> all = new LinkedHashMap<>(query);
		all.put("access_token", token);
		return call(accountId, HttpRequest.newBuilder(uri(path, all)).GET().timeout(timeout));
	}

	JsonNode post(long accountId, String path, Map<String, String> form, String token) throws DeliveryFailure {
		Map<String, String> all = new LinkedHashMap<>(form);
		all.put("access_token", token);
		return call(accountId, HttpRequest.newBuilder(uri(path, Map.of()))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(all))));
	}

	JsonNode delete(long accountId, String path, String token) throws DeliveryFailure {
		return call(accountId, HttpRequest.newBuilder(uri(path, Map.of("access_token", token))).timeout(TIMEOUT).DELETE());
	}

	/** When calls for this account may go out again; for tests and the account view. */
	Instant notBefore(long accountId) {
		return notBefore.getOrDefault(accountId, Instant.EPOCH);
	}

	private JsonNode call(long accountId, HttpRequest.Builder request) throws DeliveryFailure {
		waitForUsage(accountId);
		HttpRequest built = request.header("Accept", "application/json").build();
		HttpResponse<String> response;
		try {
			response = http.send(built, HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException | HttpConnectTimeoutException e) {
			throw DeliveryFailure.transientFailure("Meta could not be reached (" + e.getClass().getSimpleName() + ")");
		}
		catch (IOException e) {
			// The request may have reached Meta and been carried out; a read changed nothing, a write is looked up
			// before it is made again (docs/meta.md, "Crash in the middle").
			String message = "No answer from Meta (" + e.getClass().getSimpleName() + ")";
			throw "GET".equals(built.method()) ? DeliveryFailure.transientFailure(message)
					: DeliveryFailure.outcomeUnknown(message);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw DeliveryFailure.transientFailure("Interrupted while calling Meta");
		}
		String appUsage = response.headers().firstValue("X-App-Usage").orElse(null);
		String businessUsage = response.headers().firstValue("X-Business-Use-Case-Usage").orElse(null);
		Duration pause = GraphUsage.pause(appUsage, businessUsage, json);
		if (!pause.isZero()) {
			notBefore.merge(accountId, Instant.now().plus(pause), (a, b) -> a.isAfter(b) ? a : b);
		}
		if (response.statusCode() >= 400) {
			throw GraphFailures.classify(response.statusCode(), response.body(), businessUsage, json);
		}
		try {
			return json.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
		}
		catch (RuntimeException notJson) {
			return json.createObjectNode();
		}
	}

	private void waitForUsage(long accountId) throws DeliveryFailure {
		Instant until = notBefore.get(accountId);
		if (until == null) {
			return;
		}
		Duration wait = Duration.between(Instant.now(), until);
		if (wait.isNegative() || wait.isZero()) {
			notBefore.remove(accountId, until);
			return;
		}
		if (wait.compareTo(LONGEST_INLINE_WAIT) > 0) {
			throw new DeliveryFailure("Slowing down: Meta reports this app or page near its rate limit", false, wait,
					null, false);
		}
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private URI uri(String path, Map<String, String> query) {
		String q = query.isEmpty() ? "" : "?" + encode(query);
		return URI.create(settings.graphUrl() + path + q);
	}

	private static String encode(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
