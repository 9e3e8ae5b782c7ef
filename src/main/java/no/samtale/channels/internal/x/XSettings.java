package no.samtale.channels.internal.x;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.samtale.channels.internal.connect.DemoAwareOAuthClient;
import no.samtale.channels.internal.connect.DemoConnections;

/**
 * The X app this installation is: the API's base address ({@code SAMTALE_X_API_URL}), the OAuth 2.0 client that
 * connects accounts (with PKCE; X's access tokens last two hours and each refresh rotates the refresh token), and
 * the consumer secret that signs the Activity API's webhook deliveries and CRC answers. The demo without an X
 * client plays X itself ({@link XFakePlatform}) and signs with a public demo secret.
 */
@Component
class XSettings extends DemoAwareOAuthClient {

	static final String DEFAULT_URL = "https://api.x.com/2";

	private final String consumerSecret;

	XSettings(@Value("${samtale.x.api-url:}") String apiUrl, @Value("${samtale.x.client-id:}") String clientId,
			@Value("${samtale.x.client-secret:}") String clientSecret,
			@Value("${samtale.x.consumer-secret:}") String consumerSecret,
			@Value("${samtale.x.authorize-url:https://x.com/i/oauth2/authorize}") String authorizeUrl,
			@Value("${samtale.x.token-url:https://api.x.com/2/oauth2/token}") String tokenUrl,
			@Value("${samtale.x.timeout:PT20S}") Duration timeout, DemoConnections demo) {
		super(new Addresses(apiUrl, DEFAULT_URL, authorizeUrl, tokenUrl, XFakePlatform.BASE,
				XFakePlatform.BASE + "/authorize", XFakePlatform.BASE + "/oauth2/token"), clientId, clientSecret,
				timeout, demo);
		this.consumerSecret = consumerSecret;
	}

	String consumerSecret() {
		return !consumerSecret.isBlank() ? consumerSecret : demoMode() ? XFakePlatform.SECRET : "";
	}

	boolean webhookConfigured() {
		return !consumerSecret().isBlank();
	}

}
