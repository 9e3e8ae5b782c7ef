package no.samtale.channels.internal.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.internal.connect.Polling;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Connecting a YouTube channel from its admin page: OAuth 2.0 with state and PKCE against Google's token endpoint
 * (WireMock), tokens stored encrypted, a wrong or reused state refused, a token refreshed before it ends with the
 * new one stored before use, and {@code invalid_grant} shown as a revoked grant rather than a silent stop.
 */
class YouTubeConnectIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Polling polling;

	@Test
	void anAdminConnectsAChannelWithStateAndPkceAndSeesItsHealth() {
		Api admin = api().asDemo("admin");
		long account = YouTubeTestChannels.created(admin, "YouTube " + TestText.unique());
		JsonNode before = admin.get("/api/v1/channels/accounts/" + account + "/connection").json();
		assertThat(before.path("tokenHealth").path("state").asString()).isEqualTo("NOT_CONNECTED");

		Api.Response started = admin.post("/api/v1/channels/accounts/" + account + "/connect", "{}");
		Map<String, String> query = YouTubeTestChannels.query(started.json().path("authorizeUrl").asString());
		assertThat(query).containsEntry("client_id", "test-youtube-client")
			.containsEntry("code_challenge_method", "S256")
			.containsEntry("access_type", "offline")
			.containsEntry("scope", YouTubeOAuth.SCOPE)
			.containsEntry("redirect_uri", "https://samtale.test/api/v1/channels/oauth/callback")
			.containsKey("code_challenge");

		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(admin, 3600);
		GRAPH.verify(postRequestedFor(urlPathEqualTo("/youtube/token")).withRequestBody(containing("code_verifier="))
			.withRequestBody(containing("client_secret=test-youtube-secret")));
		JsonNode connection = admin.get("/api/v1/channels/accounts/" + channel.accountId() + "/connection").json();
		assertThat(connection.path("connected").asBoolean()).isTrue();
		assertThat(connection.path("externalId").asString()).isEqualTo(channel.channelId());
		assertThat(connection.path("tokenHealth").path("state").asString()).isEqualTo("VALID");
		assertThat(connection.path("budget").path("limit").asInt()).isEqualTo(10_000);
		String stored = jdbc.sql("select access_cipher from channels_connection where account_id = :id")
			.param("id", channel.accountId()).query(String.class).single();
		assertThat(stored).startsWith("v1:").doesNotContain(channel.accessToken());

		JsonNode listed = account(admin, channel.accountId());
		assertThat(listed.path("connector").asString()).isEqualTo("YOUTUBE");
		assertThat(listed.path("tokenHealth").path("state").asString()).isEqualTo("VALID");
		assertThat(listed.path("unavailable").findValuesAsString("capability")).contains("REPLY_PRIVATELY");
	}

	@Test
	void aCallbackWithAWrongOrReusedStateIsRefusedAndConnectsNothing() {
		Api admin = api().asDemo("admin");
		long account = YouTubeTestChannels.created(admin, "YouTube " + TestText.unique());
		String state = YouTubeTestChannels.startAndReadState(admin, account);

		Api.Response wrong = admin.get("/api/v1/channels/oauth/callback?state=wrong" + TestText.unique() + "&code=x");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().path("field").asString()).isEqualTo("state");

		Api.Response denied = admin.get("/api/v1/channels/oauth/callback?state=" + state + "&error=access_denied");
		assertThat(denied.status()).isEqualTo(400);
		Api.Response reused = admin.get("/api/v1/channels/oauth/callback?state=" + state + "&code=x");
		assertThat(reused.status()).isEqualTo(400);
		assertThat(reused.json().path("field").asString()).isEqualTo("state");
		assertThat(admin.get("/api/v1/channels/accounts/" + account + "/connection").json().path("connected")
			.asBoolean()).isFalse();
		assertThat(api().asDemo("veileder4").post("/api/v1/channels/accounts/" + account + "/connect", "{}").status())
			.isEqualTo(403);
	}

	@Test
	void aTokenAboutToEndIsRefreshedOnceAndTheRotatedPairIsStoredBeforeUse() {
		Api admin = api().asDemo("admin");
		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(admin, 30);
		String fresh = "fresh" + TestText.unique();
		String rotated = "rotated" + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/youtube/token"))
			.withRequestBody(containing("refresh_token=" + channel.refreshToken()))
			.willReturn(YouTubeTestChannels.json("""
					{"access_token":"%s","refresh_token":"%s","expires_in":3600}""".formatted(fresh, rotated))));
		GRAPH.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads"))
			.withQueryParam("allThreadsRelatedToChannelId", equalTo(channel.channelId()))
			.willReturn(YouTubeTestChannels.json("{\"items\":[]}")));

		assertThat(polling.pollNow(channel.accountId())).isTrue();

		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/youtube/token"))
			.withRequestBody(containing("refresh_token=" + channel.refreshToken())));
		GRAPH.verify(getRequestedFor(urlPathEqualTo("/youtube/v3/commentThreads"))
			.withHeader("Authorization", equalTo("Bearer " + fresh)));
		JsonNode connection = admin.get("/api/v1/channels/accounts/" + channel.accountId() + "/connection").json();
		assertThat(connection.path("tokenHealth").path("state").asString()).isEqualTo("VALID");
		assertThat(connection.path("lastPollError").isNull()).isTrue();
	}

	@Test
	void anInvalidGrantShowsAsRevokedAndStopsPolling() {
		Api admin = api().asDemo("admin");
		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(admin, 30);
		GRAPH.stubFor(post(urlPathEqualTo("/youtube/token"))
			.withRequestBody(containing("refresh_token=" + channel.refreshToken()))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}")));

		assertThat(polling.pollNow(channel.accountId())).isFalse();

		JsonNode listed = account(admin, channel.accountId());
		assertThat(listed.path("tokenHealth").path("state").asString()).isEqualTo("REVOKED");
		assertThat(listed.path("state").asString()).isEqualTo("RECONNECT_NEEDED");
		GRAPH.verify(0, getRequestedFor(urlPathEqualTo("/youtube/v3/commentThreads"))
			.withQueryParam("allThreadsRelatedToChannelId", equalTo(channel.channelId())));
	}

	static JsonNode account(Api admin, long id) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("id").asLong() == id) {
				return account;
			}
		}
		throw new AssertionError("No account " + id);
	}

}
