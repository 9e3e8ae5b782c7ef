package no.samtale.channels.internal.youtube;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.samtale.channels.internal.connect.DemoConnections;
import no.samtale.channels.internal.connect.OAuthClient;

/**
 * The Google app this installation is ({@code SAMTALE_YOUTUBE_CLIENT_ID} / {@code _CLIENT_SECRET}) and the addresses
 * of the YouTube Data API and Google's OAuth endpoints. In demo mode without a client id everything points at the
 * fake YouTube that Samtale serves itself ({@code /demo-platforms/youtube}), so the demo's channel works without
 * Google; {@code SAMTALE_YOUTUBE_API_URL} overrides the API's address in every mode (tests point it at WireMock).
 */
@Component
class YouTubeSettings implements OAuthClient {

	static final String GOOGLE_API = "https://www.googleapis.com/youtube/v3";

	static final String FAKE = "/demo-platforms/youtube";

	private final String apiUrl;

	private final String clientId;

	private final String clientSecret;

	private final String authorizeUrl;

	private final String tokenUrl;

	private final int dailyQuota;

	private final Duration pollInterval;

	private final Duration timeout;

	private final DemoConnections demo;

	YouTubeSettings(@Value("${samtale.youtube.api-url:}") String apiUrl,
			@Value("${samtale.youtube.client-id:}") String clientId,
			@Value("${samtale.youtube.client-secret:}") String clientSecret,
			@Value("${samtale.youtube.authorize-url:https://accounts.google.com/o/oauth2/v2/auth}") String authorizeUrl,
			@Value("${samtale.youtube.token-url:https://oauth2.googleapis.com/token}") String tokenUrl,
			@Value("${samtale.youtube.daily-quota:10000}") int dailyQuota,
			@Value("${samtale.youtube.poll-interval:PT1M}") Duration pollInterval,
			@Value("${samtale.youtube.timeout:PT20S}") Duration timeout, DemoConnections demo) {
		this.apiUrl = strip(apiUrl);
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.authorizeUrl = authorizeUrl;
		this.tokenUrl = tokenUrl;
		this.dailyQuota = dailyQuota;
		this.pollInterval = pollInterval;
		this.timeout = timeout;
		this.demo = demo;
	}

	/** The demo without a Google app: Samtale plays YouTube itself. */
	boolean fake() {
		return demo.demo() && clientId.isBlank();
	}

	@Override
	public boolean configured() {
		return !clientId.isBlank() || fake();
	}

	String apiUrl() {
		if (!apiUrl.isBlank()) {
			return apiUrl;
		}
		return fake() ? demo.localBase() + FAKE + "/v3" : GOOGLE_API;
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
		return fake() ? FAKE + "/authorize" : authorizeUrl;
	}

	@Override
	public String tokenUrl() {
		return fake() ? demo.localBase() + FAKE + "/token" : tokenUrl;
	}

	int dailyQuota() {
		return dailyQuota;
	}

	Duration pollInterval() {
		return pollInterval;
	}

	Duration timeout() {
		return timeout;
	}

	private static String strip(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
