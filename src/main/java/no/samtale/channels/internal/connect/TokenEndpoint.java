package no.samtale.channels.internal.connect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token endpoint of RFC 6749: the code exchange and the refresh. The answer's {@code error} is kept
 * ({@code invalid_grant} means the grant is gone: revoked, expired, or a rotated refresh token used twice); the
 * tokens never reach a message or a log line.
 */
@Component
class TokenEndpoint {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json;

	TokenEndpoint(JsonMapper json) {
		this.json = json;
	}

	/** The endpoint refused: {@code error} is its OAuth error code, or {@code http_<status>} / {@code unreachable}. */
	static class Refused extends Exception {

		private final String error;

		Refused(String error) {
			super("The token endpoint answered " + error);
			this.error = error;
		}

		String error() {
			return error;
		}

		boolean grantGone() {
			return "invalid_grant".equals(error);
		}

	}

	TokenPair exchange(OAuthProvider provider, String code, String redirectUri, String verifier) throws Refused {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", redirectUri);
		form.put("code_verifier", verifier);
		return call(provider, form);
	}

	TokenPair refresh(OAuthProvider provider, String refreshToken) throws Refused {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token");
		form.put("refresh_token", refreshToken);
		return call(provider, form);
	}

	private TokenPair call(OAuthProvider provider, Map<String, String> form) throws Refused {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(provider.tokenUrl()))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json");
		if (provider.basicAuth()) {
			String credentials = provider.clientId() + ":" + provider.clientSecret();
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
			form.put("client_id", provider.clientId());
		}
		else {
			form.put("client_id", provider.clientId());
			form.put("client_secret", provider.clientSecret());
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.POST(HttpRequest.BodyPublishers.ofString(Forms.encode(form))).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new Refused("unreachable");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new Refused("unreachable");
		}
		JsonNode body;
		try {
			body = json.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
		}
		catch (RuntimeException notJson) {
			body = json.createObjectNode();
		}
		if (response.statusCode() >= 400 || body.path("access_token").asString("").isEmpty()) {
			String error = body.path("error").asString("");
			throw new Refused(error.isEmpty() ? "http_" + response.statusCode() : error);
		}
		Instant now = Instant.now();
		long expiresIn = body.path("expires_in").asLong(0);
		long refreshExpiresIn = body.path("refresh_token_expires_in").asLong(0);
		String refresh = body.path("refresh_token").asString("");
		String scope = body.path("scope").asString("");
		return new TokenPair(body.path("access_token").asString(), refresh.isEmpty() ? null : refresh,
				expiresIn > 0 ? now.plusSeconds(expiresIn) : null,
				refreshExpiresIn > 0 ? now.plusSeconds(refreshExpiresIn) : null, scope.isEmpty() ? null : scope);
	}

}
