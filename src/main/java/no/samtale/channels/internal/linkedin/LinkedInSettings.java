package no.samtale.channels.internal.linkedin;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The LinkedIn app this installation is: the REST API's base address ({@code SAMTALE_LINKEDIN_API_URL}, the demo's
 * own fake when unset in demo mode), the monthly API version sent as {@code LinkedIn-Version} on every call
 * ({@code SAMTALE_LINKEDIN_VERSION}, YYYYMM; LinkedIn retires a version after about a year and answers 426), and
 * the client secret that signs webhook deliveries and challenge answers.
 */
@Component
class LinkedInSettings {

	static final String DEFAULT_URL = "https://api.linkedin.com/rest";

	static final String DEFAULT_VERSION = "202611";

	private final String apiUrl;

	private final Duration timeout;

	private final String version;

	private final String clientSecret;

	LinkedInSettings(@Value("${samtale.linkedin.api-url:}") String apiUrl,
			@Value("${samtale.linkedin.version:" + DEFAULT_VERSION + "}") String version,
			@Value("${samtale.linkedin.client-secret:}") String clientSecret,
			@Value("${samtale.demo:false}") boolean demo, @Value("${server.port:8080}") int port,
			@Value("${samtale.linkedin.timeout:PT20S}") Duration timeout) {
		this.timeout = timeout;
		if (!version.matches("20[0-9]{2}(0[1-9]|1[0-2])")) {
			throw new IllegalArgumentException("SAMTALE_LINKEDIN_VERSION must be a month as YYYYMM, such as 202611");
		}
		String url = !apiUrl.isBlank() ? apiUrl
				: demo ? "http://127.0.0.1:" + port + LinkedInFakePlatform.BASE : DEFAULT_URL;
		this.apiUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		this.version = version;
		this.clientSecret = !clientSecret.isBlank() ? clientSecret : demo ? LinkedInFakePlatform.SECRET : "";
	}

	/** An answer's longest wait; a slower answer is no answer (an unknown outcome for a write). */
	Duration timeout() {
		return timeout;
	}

	String apiUrl() {
		return apiUrl;
	}

	String version() {
		return version;
	}

	String clientSecret() {
		return clientSecret;
	}

	boolean webhookConfigured() {
		return !clientSecret.isBlank();
	}

}
