package no.samtale.channels.internal.connect;

import java.time.Duration;

/**
 * A platform's settings as an OAuth client that the demo can stand in for: without a client id, demo mode points
 * the API, the authorize page and the token endpoint at the fake platform Samtale serves itself under
 * {@code fakeBase} ({@code /demo-platforms/<platform>/...}), with a demo client. A configured API address wins in
 * every mode (tests point it at WireMock). The X, LinkedIn and YouTube settings differ only in their addresses, so
 * the rule lives here once.
 */
public abstract class DemoAwareOAuthClient implements OAuthClient {

	/** Where each piece lives: the platform's own addresses, and the fake's paths below this server. */
	public record Addresses(String apiUrl, String defaultApiUrl, String authorizeUrl, String tokenUrl,
			String fakeApiPath, String fakeAuthorizePath, String fakeTokenPath) {
	}

	private static final String DEMO_CLIENT = "samtale-demo";

	private final Addresses addresses;

	private final String clientId;

	private final String clientSecret;

	private final Duration timeout;

	private final DemoConnections demo;

	protected DemoAwareOAuthClient(Addresses addresses, String clientId, String clientSecret, Duration timeout,
			DemoConnections demo) {
		this.addresses = addresses;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.timeout = timeout;
		this.demo = demo;
	}

	/** The demo without a client of the platform: Samtale plays the platform itself. */
	public boolean fake() {
		return demo.demo() && clientId.isBlank();
	}

	/** Whether the API called is the demo's fake itself (no API address set), which sends no webhooks. */
	public boolean fakeApi() {
		return fake() && addresses.apiUrl().isBlank();
	}

	/** Whether demo mode is on at all (demo webhook secrets apply even with a real client id). */
	protected boolean demoMode() {
		return demo.demo();
	}

	/** The API's base address, without a trailing slash. */
	public String apiUrl() {
		String configured = strip(addresses.apiUrl());
		if (!configured.isBlank()) {
			return configured;
		}
		return fake() ? demo.localBase() + addresses.fakeApiPath() : addresses.defaultApiUrl();
	}

	@Override
	public boolean configured() {
		return !clientId.isBlank() || fake();
	}

	@Override
	public String clientId() {
		return fake() ? DEMO_CLIENT : clientId;
	}

	@Override
	public String clientSecret() {
		return fake() ? DEMO_CLIENT : clientSecret;
	}

	/** The secret as configured, whatever the mode (LinkedIn signs webhooks with it). */
	protected String configuredSecret() {
		return clientSecret;
	}

	/** In the demo a path on this server: the admin's browser follows it, so it is relative. */
	@Override
	public String authorizeUrl() {
		return fake() ? addresses.fakeAuthorizePath() : addresses.authorizeUrl();
	}

	@Override
	public String tokenUrl() {
		return fake() ? demo.localBase() + addresses.fakeTokenPath() : addresses.tokenUrl();
	}

	/** An answer's longest wait; a slower answer is no answer (an unknown outcome for a write). */
	public Duration timeout() {
		return timeout;
	}

	private static String strip(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
