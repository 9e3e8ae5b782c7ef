package no.samtale.channels.internal.linkedin;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.samtale.channels.internal.connect.DemoConnections;
import no.samtale.channels.internal.connect.OAuthClient;

/**
 * The LinkedIn app this installation is: the REST API's base address ({@code SAMTALE_LINKEDIN_API_URL}), the monthly
 * API version sent as {@code LinkedIn-Version} on every call ({@code SAMTALE_LINKEDIN_VERSION}, YYYYMM; LinkedIn
 * retires a version after about a year and answers 426), the OAuth client that connects pages, whose secret also
 * signs webhook deliveries and challenge answers. The demo without a LinkedIn client plays LinkedIn itself
 * ({@link LinkedInFakePlatform}) and signs with a public demo secret.
 */
@Component
class LinkedInSettings implements OAuthClient {

	static final String DEFAULT_URL = "https://api.linkedin.com/rest";

	static final String DEFAULT_VERSION = "202611";

	private final String apiUrl;

	private final String version;

	private final String clientId;

	private final String clientSecret;

	private final String authorizeUrl;

	private final String tokenUrl;

	private final Duration timeout;

	private final DemoConnections demo;

	LinkedInSettings(@Value("${samtale.linkedin.api-url:}") String apiUrl,
			@Value("${samtale.linkedin.version:" + DEFAULT_VERSION + "}") String version,
			@Value("${samtale.linkedin.client-id:}") String clientId,
			@Value("${samtale.linkedin.client-secret:}") String clientSecret,
			@Value("${samtale.linkedin.authorize-url:https://www.linkedin.com/oauth/v2/authorization}") String authorizeUrl,
			@Value("${samtale.linkedin.token-url:https://www.linkedin.com/oauth/v2/accessToken}") String tokenUrl,
			@Value("${samtale.linkedin.timeout:PT20S}") Duration timeout, DemoConnections demo) {
		if (!version.matches("20[0-9]{2}(0[1-9]|1[0-2])")) {
			throw new IllegalArgumentException("SAMTALE_LINKEDIN_VERSION must be a month as YYYYMM, such as 202611");
		}
		this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
		this.version = version;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.authorizeUrl = authorizeUrl;
		this.tokenUrl = tokenUrl;
		this.timeout = timeout;
		this.demo = demo;
	}

	/** The demo without a LinkedIn client: Samtale plays LinkedIn itself. */
	boolean fake() {
		return demo.demo() && clientId.isBlank();
	}

	String apiUrl() {
		if (!apiUrl.isBlank()) {
			return apiUrl;
		}
		return fake() ? demo.localBase() + LinkedInFakePlatform.BASE : DEFAULT_URL;
	}

	String version() {
		return version;
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
		return !clientSecret.isBlank() ? clientSecret : demo.demo() ? LinkedInFakePlatform.SECRET : "";
	}

	@Override
	public String authorizeUrl() {
		return fake() ? LinkedInFakePlatform.BASE + "/authorize" : authorizeUrl;
	}

	@Override
	public String tokenUrl() {
		return fake() ? demo.localBase() + LinkedInFakePlatform.BASE + "/accessToken" : tokenUrl;
	}

	/** An answer's longest wait; a slower answer is no answer (an unknown outcome for a write). */
	Duration timeout() {
		return timeout;
	}

	boolean webhookConfigured() {
		return !clientSecret().isBlank();
	}

}
