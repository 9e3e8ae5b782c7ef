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
 * Google takes video uploads at an address of their own ({@code /upload/youtube/v3}); unless
 * {@code SAMTALE_YOUTUBE_UPLOAD_URL} says otherwise it is the API's address with {@code upload/} before
 * {@code youtube/v3}, so one setting moves both.
 */
@Component
class YouTubeSettings extends DemoAwareOAuthClient {

	static final String GOOGLE_API = "https://www.googleapis.com/youtube/v3";

	static final String FAKE = "/demo-platforms/youtube";

	private final int dailyQuota;

	private final Duration pollInterval;

	private final String uploadUrl;

	private final int uploadUnits;

	private final Duration uploadTimeout;

	private final Duration uploadListedAfter;

	YouTubeSettings(@Value("${samtale.youtube.api-url:}") String apiUrl,
			@Value("${samtale.youtube.client-id:}") String clientId,
			@Value("${samtale.youtube.client-secret:}") String clientSecret,
			@Value("${samtale.youtube.authorize-url:https://accounts.google.com/o/oauth2/v2/auth}") String authorizeUrl,
			@Value("${samtale.youtube.token-url:https://oauth2.googleapis.com/token}") String tokenUrl,
			@Value("${samtale.youtube.daily-quota:10000}") int dailyQuota,
			@Value("${samtale.youtube.poll-interval:PT1M}") Duration pollInterval,
			@Value("${samtale.youtube.timeout:PT20S}") Duration timeout,
			@Value("${samtale.youtube.upload-url:}") String uploadUrl,
			@Value("${samtale.youtube.upload-units:1600}") int uploadUnits,
			@Value("${samtale.youtube.upload-timeout:PT30M}") Duration uploadTimeout,
			@Value("${samtale.youtube.upload-listed-after:PT1M}") Duration uploadListedAfter, DemoConnections demo) {
		super(new Addresses(apiUrl, GOOGLE_API, authorizeUrl, tokenUrl, FAKE + "/v3", FAKE + "/authorize",
				FAKE + "/token"), clientId, clientSecret, timeout, demo);
		this.dailyQuota = dailyQuota;
		this.pollInterval = pollInterval;
		this.uploadUrl = uploadUrl.endsWith("/") ? uploadUrl.substring(0, uploadUrl.length() - 1) : uploadUrl;
		this.uploadUnits = uploadUnits;
		this.uploadTimeout = uploadTimeout;
		this.uploadListedAfter = uploadListedAfter;
	}

	/** Where resumable uploads start: set, or derived from the API's address. */
	String uploadUrl() {
		if (!uploadUrl.isBlank()) {
			return uploadUrl;
		}
		if (fakeApi()) {
			// The demo's fake YouTube takes uploads below its own path, which alone is open without a session.
			return apiUrl().substring(0, apiUrl().length() - "/v3".length()) + "/upload/v3";
		}
		return uploadUrlFor(apiUrl());
	}

	/** {@code https://www.googleapis.com/youtube/v3} becomes {@code https://www.googleapis.com/upload/youtube/v3}. */
	static String uploadUrlFor(String apiUrl) {
		int at = apiUrl.lastIndexOf("/youtube/v3");
		if (at < 0 || at + "/youtube/v3".length() != apiUrl.length()) {
			return apiUrl;
		}
		return apiUrl.substring(0, at) + "/upload/youtube/v3";
	}

	/**
	 * What one {@code videos.insert} is charged from the daily budget: 1,600 units by the quota table most projects
	 * were granted under (Google's newer table counts uploads in a bucket of their own, 100 a day).
	 */
	int uploadUnits() {
		return uploadUnits;
	}

	/**
	 * YouTube lists an upload among the channel's videos a little after taking it: after an upload without an
	 * answer, the channel's uploads are read no sooner than this.
	 */
	Duration uploadListedAfter() {
		return uploadListedAfter;
	}

	/** How long sending a video's bytes may take before its outcome counts as unknown (a large file is slow). */
	Duration uploadTimeout() {
		return uploadTimeout;
	}

	int dailyQuota() {
		return dailyQuota;
	}

	Duration pollInterval() {
		return pollInterval;
	}

}
