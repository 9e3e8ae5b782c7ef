package no.samtale.channels.internal.youtube;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.samtale.channels.internal.connect.DemoAwareOAuthClient;
import no.samtale.channels.internal.connect.DemoConnections;

/**
 * The Google app this installation is ({@code SAMTALE_YOUTUBE_CLIENT_ID} / {@code _CLIENT_SECRET}) and the addresses
 * of the YouTube Data API and Google's OAuth endpoints. In demo mode without a client id everything points at the
 * fake YouTube that Samtale serves itself ({@code /demo-platforms/youtube}), so the demo's channel works without
 * Google; {@code SAMTALE_YOUTUBE_API_URL} overrides the API's address in every mode (tests point it at WireMock).
 */
@Component
class YouTubeSettings extends DemoAwareOAuthClient {

	static final String GOOGLE_API = "https://www.googleapis.com/youtube/v3";

	static final String FAKE = "/demo-platforms/youtube";

	private final int dailyQuota;

	private final Duration pollInterval;

	YouTubeSettings(@Value("${samtale.youtube.api-url:}") String apiUrl,
			@Value("${samtale.youtube.client-id:}") String clientId,
			@Value("${samtale.youtube.client-secret:}") String clientSecret,
			@Value("${samtale.youtube.authorize-url:https://accounts.google.com/o/oauth2/v2/auth}") String authorizeUrl,
			@Value("${samtale.youtube.token-url:https://oauth2.googleapis.com/token}") String tokenUrl,
			@Value("${samtale.youtube.daily-quota:10000}") int dailyQuota,
			@Value("${samtale.youtube.poll-interval:PT1M}") Duration pollInterval,
			@Value("${samtale.youtube.timeout:PT20S}") Duration timeout, DemoConnections demo) {
		super(new Addresses(apiUrl, GOOGLE_API, authorizeUrl, tokenUrl, FAKE + "/v3", FAKE + "/authorize",
				FAKE + "/token"), clientId, clientSecret, timeout, demo);
		this.dailyQuota = dailyQuota;
		this.pollInterval = pollInterval;
	}

	int dailyQuota() {
		return dailyQuota;
	}

	Duration pollInterval() {
		return pollInterval;
	}

}
