package no.samtale.channels.internal.connect;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OAuth half of a demo platform ({@code /demo-platforms/...}): an authorize page that grants at once, and a token
 * endpoint that takes only the demo's codes and refresh tokens. Each fake platform keeps its own addresses and hands
 * the requests to one of these, which answers as that platform does with its refresh tokens ({@link Refresh}).
 */
public final class FakeAuthorizationServer {

	/** What a refresh does to the refresh token, as the platforms differ. */
	public enum Refresh {
		/** A new refresh token each time; the used one is void (X). */
		ROTATES,
		/** A new refresh token each time; the old one still works until its end (LinkedIn). */
		RENEWS,
		/** No new refresh token; the first one is kept (Google). */
		KEEPS
	}

	private static final String CALLBACK = "/api/v1/channels/oauth/callback";

	private final AtomicLong ids = new AtomicLong(System.currentTimeMillis());

	private final Set<String> usedRefreshTokens = ConcurrentHashMap.newKeySet();

	private final Duration accessLifetime;

	private final String scope;

	private final Refresh refresh;

	private final Map<String, Object> extras;

	public FakeAuthorizationServer(Duration accessLifetime, String scope, Refresh refresh, Map<String, Object> extras) {
		this.accessLifetime = accessLifetime;
		this.scope = scope;
		this.refresh = refresh;
		this.extras = extras;
	}

	/** Grants at once; only back to this server's own OAuth callback, so it redirects nowhere else. */
	public ResponseEntity<Void> authorize(String redirectUri, String state, HttpServletRequest request) {
		URI target = URI.create(redirectUri);
		if (!CALLBACK.equals(target.getPath()) || target.getHost() == null
				|| !target.getHost().equals(request.getServerName())) {
			return ResponseEntity.badRequest().build();
		}
		URI back = UriComponentsBuilder.fromUri(target).queryParam("code", "demo-code-" + ids.incrementAndGet())
			.queryParam("state", state).build().encode().toUri();
		return ResponseEntity.status(HttpStatus.FOUND).location(back).build();
	}

	/** The token endpoint: a demo code or refresh token gets tokens, anything else {@code invalid_grant}. */
	public ResponseEntity<Map<String, Object>> token(String grant, String code, String refreshToken) {
		boolean byCode = "authorization_code".equals(grant) && code != null && code.startsWith("demo-code-");
		boolean byRefresh = "refresh_token".equals(grant) && refreshToken != null
				&& refreshToken.startsWith("demo-refresh-")
				&& (refresh != Refresh.ROTATES || usedRefreshTokens.add(refreshToken));
		if (!byCode && !byRefresh) {
			return ResponseEntity.badRequest().body(Map.of("error", "invalid_grant"));
		}
		Map<String, Object> tokens = new LinkedHashMap<>();
		tokens.put("access_token", "demo-access-" + ids.incrementAndGet());
		tokens.put("expires_in", accessLifetime.toSeconds());
		tokens.put("token_type", "bearer");
		tokens.put("scope", scope);
		if (byCode || refresh != Refresh.KEEPS) {
			tokens.put("refresh_token", "demo-refresh-" + ids.incrementAndGet());
			tokens.putAll(extras);
		}
		return ResponseEntity.ok(tokens);
	}

}
