package no.samtale.archive.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire of the Noark 5 service interface: create an object and read its systemID, read a list with an OData
 * {@code $filter}, read one object, upload a file. Says whether a failed request surely created nothing
 * ({@link NoarkArchive.DeliveryException#refused()}): only a 4xx answer does; a 5xx or no answer may have.
 */
@Component
class NoarkHttp {

	static final String MEDIA_TYPE = "application/vnd.noark5+json";

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json;

	private final String baseUrl;

	private final String token;

	NoarkHttp(JsonMapper json, @Value("${samtale.archive.noark.base-url:}") String baseUrl,
			@Value("${samtale.archive.noark.token:}") String token) {
		this.json = json;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.token = token;
	}

	boolean enabled() {
		return !baseUrl.isBlank();
	}

	/** POSTs a new object and answers the systemID the archive gave it. */
	String create(String path, Map<String, Object> body) throws NoarkArchive.DeliveryException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Content-Type", MEDIA_TYPE)
			.POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
		JsonNode created = json.readTree(send(request));
		JsonNode id = created.get("systemID");
		if (id == null || id.asString().isBlank()) {
			throw new NoarkArchive.DeliveryException("The archive answered " + path + " without a systemID", false);
		}
		return id.asString();
	}

	/** The {@code results} of a list filtered with OData ({@code count: 0} and no results when none match). */
	JsonNode list(String path, String filter) throws NoarkArchive.DeliveryException {
		String query = "?$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20");
		return json.readTree(send(HttpRequest.newBuilder(uri(path + query)).GET())).path("results");
	}

	JsonNode read(String path) throws NoarkArchive.DeliveryException {
		return json.readTree(send(HttpRequest.newBuilder(uri(path)).GET()));
	}

	void upload(String path, String contentType, byte[] content) throws NoarkArchive.DeliveryException {
		send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(content)));
	}

	private String send(HttpRequest.Builder request) throws NoarkArchive.DeliveryException {
		request.header("Accept", MEDIA_TYPE).timeout(TIMEOUT);
		if (!token.isBlank()) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpRequest built = request.build();
		try {
			HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				return response.body() == null || response.body().isBlank() ? "{}" : response.body();
			}
			// 408, 429 and 5xx may pass on a later try; any other refusal will not. Only a 4xx says nothing was made.
			boolean refused = status >= 400 && status < 500;
			boolean permanent = refused && status != 408 && status != 429;
			throw new NoarkArchive.DeliveryException("HTTP " + status + " from " + built.method() + " "
					+ built.uri().getPath(), permanent, refused);
		}
		catch (IOException e) {
			throw new NoarkArchive.DeliveryException("The archive did not answer: " + e.getClass().getSimpleName(),
					false);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new NoarkArchive.DeliveryException("Interrupted", false);
		}
	}

	private URI uri(String path) {
		return URI.create(baseUrl + path);
	}

}
