package no.samtale.channels.internal.x;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.samtale.channels.internal.connect.DemoConnections;
import no.samtale.channels.internal.connect.OAuthClient;

/**
 * The X app this installation is: the API's base address ({@code SAMTALE_X_API_URL}), the OAuth 2.0 client that
 * connects accounts (with PKCE; X's access tokens last two hours and each refresh rotates the refresh token), and
 * the consumer secret that signs the Activity API's webhook deliveries and CRC answers. The demo without an X
 * client plays X itself ({@link XFakePlatform}) and signs with a public demo secret.
 */
@Component
class XSettings implements OAuthClient {

	static final String DEFAULT_URL = "https://api.x.com/2";

	private final String apiUrl;

	private final String clientId;

	private final String clientSecret;

	private final String consumerSecret;

	private final String authorizeUrl;

	private final String tokenUrl;

	private final Duration timeout;

	private final DemoConnections demo;

	XSettings(@Value("${samtale.x.api-url:}") String apiUrl, @Value("${samtale.x.client-id:}") String clientId,
			@Value("${samtale.x.client-secret:}") String clientSecret,
			@Value("${samtale.x.consumer-secret:}") String consumerSecret,
			@Value("${samtale.x.authorize-url:https://x.com/i/oauth2/authorize}") String authorizeUrl,
			@Value("${samtale.x.token-url:https://api.x.com/2/oauth2/token}") String tokenUrl,
			@Value("${samtale.x.timeout:PT20S}") Duration timeout, DemoConnections demo) {
		this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.consumerSecret = consumerSecret;
		this.authorizeUrl = authorizeUrl;
		this.tokenUrl = tokenUrl;
		this.timeout = timeout;
		this.demo = demo;
	}

	/** The demo without an X client: Samtale plays X itself. */
	boolean fake() {
		return demo.demo() && clientId.isBlank();
	}

	String apiUrl() {
		if (!apiUrl.isBlank()) {
			return apiUrl;
		}
		return fake() ? demo.localBase() + XFakePlatform.BASE : DEFAULT_URL;
	}

	@Override
	public boolean configured() {
		return !clientId.isBlank() || fake();
	}

	@Override
	public String clientId() {
		return fake() ? "samtale-demo" : clientId;
	}

	@Override
	public String clientSecret() {
		return fake() ? "samtale-demo" : clientSecret;
	}

	@Override
	public String authorizeUrl() {
		return fake() ? XFakePlatform.BASE + "/authorize" : authorizeUrl;
	}

	@Override
	public String tokenUrl() {
		return fake() ? demo.localBase() + XFakePlatform.BASE + "/oauth2/token" : tokenUrl;
	}

	/** An answer's longest wait; a slower answer is no answer (an unknown outcome for a write). */
	Duration timeout() {
		return timeout;
	}

	String consumerSecret() {
		return !consumerSecret.isBlank() ? consumerSecret : demo.demo() ? XFakePlatform.SECRET : "";
	}

	boolean webhookConfigured() {
		return !consumerSecret().isBlank();
	}

}
