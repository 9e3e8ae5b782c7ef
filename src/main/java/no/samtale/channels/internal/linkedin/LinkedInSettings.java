package no.samtale.channels.internal.linkedin;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.samtale.channels.internal.connect.DemoAwareOAuthClient;
import no.samtale.channels.internal.connect.DemoConnections;

/**
 * The LinkedIn app this installation is: the REST API's base address ({@code SAMTALE_LINKEDIN_API_URL}), the monthly
 * API version sent as {@code LinkedIn-Version} on every call ({@code SAMTALE_LINKEDIN_VERSION}, YYYYMM; LinkedIn
 * retires a version after about a year and answers 426), the OAuth client that connects pages, whose secret also
 * signs webhook deliveries and challenge answers. The demo without a LinkedIn client plays LinkedIn itself
 * ({@link LinkedInFakePlatform}) and signs with a public demo secret.
 */
@Component
class LinkedInSettings extends DemoAwareOAuthClient {

	static final String DEFAULT_URL = "https://api.linkedin.com/rest";

	static final String DEFAULT_VERSION = "202611";

	private final String version;

	LinkedInSettings(@Value("${samtale.linkedin.api-url:}") String apiUrl,
			@Value("${samtale.linkedin.version:" + DEFAULT_VERSION + "}") String version,
			@Value("${samtale.linkedin.client-id:}") String clientId,
			@Value("${samtale.linkedin.client-secret:}") String clientSecret,
			@Value("${samtale.linkedin.authorize-url:https://www.linkedin.com/oauth/v2/authorization}") String authorizeUrl,
			@Value("${samtale.linkedin.token-url:https://www.linkedin.com/oauth/v2/accessToken}") String tokenUrl,
			@Value("${samtale.linkedin.timeout:PT20S}") Duration timeout, DemoConnections demo) {
		super(new Addresses(apiUrl, DEFAULT_URL, authorizeUrl, tokenUrl, LinkedInFakePlatform.BASE,
				LinkedInFakePlatform.BASE + "/authorize", LinkedInFakePlatform.BASE + "/accessToken"), clientId,
				clientSecret, timeout, demo);
		if (!version.matches("20[0-9]{2}(0[1-9]|1[0-2])")) {
			throw new IllegalArgumentException("SAMTALE_LINKEDIN_VERSION must be a month as YYYYMM, such as 202611");
		}
		this.version = version;
	}

	String version() {
		return version;
	}

	/** LinkedIn signs webhooks with the client secret, so the demo's is a public demo secret. */
	@Override
	public String clientSecret() {
		String configured = configuredSecret();
		return !configured.isBlank() ? configured : demoMode() ? LinkedInFakePlatform.SECRET : "";
	}

	boolean webhookConfigured() {
		return !clientSecret().isBlank();
	}

}
