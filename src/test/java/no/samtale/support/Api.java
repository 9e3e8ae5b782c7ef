package no.samtale.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests: real requests to the running application, optionally with a bearer token, or as
 * a browser would with a cookie jar and the CSRF header.
 */
public class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private String token;

	private boolean sendCsrfToken = true;

	/**
	 * The client's address as a trusted proxy reports it ({@code X-Forwarded-For}; the suite trusts forwarded headers
	 * from the loopback): each client has its own, as real clients do, so rate limits per address count one test's
	 * requests and not the whole suite's.
	 */
	private String address = "198.18." + ThreadLocalRandom.current().nextInt(256) + "."
			+ ThreadLocalRandom.current().nextInt(1, 255);

	Api(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Every later request carries {@code Authorization: Bearer <token>}. */
	public Api as(String token) {
		this.token = token;
		return this;
	}

	/** Whether requests carry the X-XSRF-TOKEN header, as the web shell's do. */
	public Api sendingCsrfToken(boolean send) {
		this.sendCsrfToken = send;
		return this;
	}

	private final Map<String, String> headers = new java.util.LinkedHashMap<>();

	/** Every later request carries this header too (say, {@code X-Forwarded-Proto: https} from a TLS proxy). */
	public Api header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	/** Later requests come from {@code address}, as a trusted proxy would say. */
	public Api from(String address) {
		this.address = address;
		return this;
	}

	/** Uses the public demo token of a demo user. */
	public Api asDemo(String username) {
		return as("demo-token-" + username);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	/** A GET that accepts any content type, for pages and metrics. */
	public Response getAny(String path) {
		return send(request(path).header("Accept", "*/*").GET());
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(body(json)));
	}

	/** A JSON POST with one extra header (an Idempotency-Key, say). */
	public Response post(String path, String json, String header, String value) {
		return send(request(path).header("Content-Type", "application/json").header(header, value).POST(body(json)));
	}

	public Response put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").PUT(body(json)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response send(String method, String path, String contentType, String body) {
		HttpRequest.Builder builder = request(path).method(method, body(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		return send(builder);
	}

	/** Logs in through the login form as the web shell does: fetch the CSRF cookie, then post the form with it. */
	public Response login(String username, String password) {
		get("/api/v1/info");
		String form = Map.of("username", username, "password", password)
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded").POST(body(form)));
	}

	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public String base() {
		return base;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		builder.header("X-Forwarded-For", address);
		headers.forEach(builder::header);
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		String csrf = cookie("XSRF-TOKEN");
		if (csrf != null && sendCsrfToken) {
			builder.header("X-XSRF-TOKEN", csrf);
		}
		return builder;
	}

	private static HttpRequest.BodyPublisher body(String content) {
		return content == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8);
	}

	private Response send(HttpRequest.Builder builder) {
		if (builder.build().headers().firstValue("Accept").isEmpty()) {
			builder.header("Accept", "application/json, application/problem+json");
		}
		try {
			HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A response, with its body parsed as JSON on demand. */
	public record Response(int status, String contentType, String location, String body, HttpHeaders headers) {

		public Response(int status, String contentType, String location, String body) {
			this(status, contentType, location, body, HttpHeaders.of(Map.of(), (name, value) -> true));
		}

		/** The first value of a response header, or null. */
		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

		public String problemType() {
			return json().path("type").asString();
		}

	}

}
