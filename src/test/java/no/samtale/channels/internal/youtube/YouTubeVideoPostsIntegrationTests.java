package no.samtale.channels.internal.youtube;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundMedia;
import no.samtale.channels.Outbox;
import no.samtale.channels.OutboxEntry;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * A post's video uploaded to YouTube by the resumable protocol: a post for later goes up at once as private with
 * {@code publishAt} and is deleted when the post is cancelled; an upload whose answer never came is read back from
 * the channel's uploads and not sent twice; {@code quotaExceeded} opens the breaker; a 401 after a refresh marks the
 * connection revoked. YouTube played by WireMock.
 */
@AlsoOnTheEmbeddedDatabase
class YouTubeVideoPostsIntegrationTests extends IntegrationTest {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aFullQuota() {
		// The quota is the whole project's and an upload takes 1,600 of 10,000 units: each test starts from a full one.
		fullQuota();
	}

	@Test
	void aPostForLaterIsUploadedAtOnceAsPrivateWithItsTimeAndDeletedWhenCancelled() throws Exception {
		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(api().asDemo("admin"), 3600,
				"NAV Foreldrepenger");
		String title = "Slik søker du foreldrepenger " + TestText.unique();
		String videoId = "v" + TestText.unique().substring(0, 10);
		byte[] file = YouTubeTestVideos.mp4(4096);
		String session = stubUpload(title, videoId, 0);
		GRAPH.stubFor(delete(urlPathEqualTo("/youtube/v3/videos")).withQueryParam("id", equalTo(videoId))
			.willReturn(aResponse().withStatus(204)));
		Api.Response uploaded = YouTubeTestVideos.upload(api(), "redaktor", channel.accountId(), file, "video/mp4");
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.json().path("contentType").asString()).isEqualTo("video/mp4");
		assertThat(uploaded.json().path("sizeBytes").asLong()).isEqualTo(4096);
		Instant publishAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
		int quotaBefore = quotaLeft();

		Api editor = api().asDemo("redaktor");
		Api.Response created = editor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "%s\\nSe hvordan du søker.", "publishAt": "%s", "videoId": %d}"""
			.formatted(channel.accountId(), title, publishAt, uploaded.json().path("id").asLong()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long post = created.json().path("id").asLong();
		assertThat(created.json().path("video").path("id").asLong()).isEqualTo(uploaded.json().path("id").asLong());
		assertThat(editor.post("/api/v1/publishing/posts/" + post + "/submit", "").status()).isEqualTo(200);
		Api.Response approved = api().asDemo("redaktor2").post("/api/v1/publishing/posts/" + post + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).until(() -> videoId
			.equals(editor.get("/api/v1/publishing/posts/" + post).json().path("externalId").asString("")));
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/upload/youtube/v3/videos"))
			.withQueryParam("uploadType", equalTo("resumable"))
			.withQueryParam("part", equalTo("snippet,status"))
			.withHeader("X-Upload-Content-Length", equalTo("4096"))
			.withHeader("X-Upload-Content-Type", equalTo("video/mp4"))
			.withRequestBody(matchingJsonPath("$.snippet.title", equalTo(title)))
			.withRequestBody(matchingJsonPath("$.snippet.description", equalTo("Se hvordan du søker.")))
			.withRequestBody(matchingJsonPath("$.status.privacyStatus", equalTo("private")))
			.withRequestBody(matchingJsonPath("$.status.publishAt", equalTo(publishAt.toString()))));
		GRAPH.verify(1, putRequestedFor(urlPathEqualTo(session)).withRequestBody(binaryEqualTo(file)));
		assertThat(quotaBefore - quotaLeft()).as("an upload's units").isGreaterThanOrEqualTo(1600);
		assertThat(editor.get("/api/v1/publishing/posts/" + post).json().path("status").asString())
			.as("YouTube publishes it itself at its time").isEqualTo("SCHEDULED");

		assertThat(editor.post("/api/v1/publishing/posts/" + post + "/cancel", "").status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> GRAPH.verify(1,
				deleteRequestedFor(urlPathEqualTo("/youtube/v3/videos")).withQueryParam("id", equalTo(videoId))));
	}

	@Test
	void anUploadWhoseAnswerNeverCameIsReadBackAndNotUploadedTwice() throws Exception {
		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(api().asDemo("admin"), 3600);
		String title = "Jobbsøking for unge " + TestText.unique();
		String videoId = "s" + TestText.unique().substring(0, 10);
		// YouTube takes the video but answers after the connector has given up (a slow 200).
		String session = stubUpload(title, videoId, 4000);
		String uploads = "UU" + channel.channelId().substring(2);
		GRAPH.stubFor(get(urlPathEqualTo("/youtube/v3/channels")).withQueryParam("part", equalTo("contentDetails"))
			.withHeader("Authorization", equalTo("Bearer " + channel.accessToken()))
			.willReturn(YouTubeTestChannels.json("""
					{"items":[{"id":"%s","contentDetails":{"relatedPlaylists":{"uploads":"%s"}}}]}"""
				.formatted(channel.channelId(), uploads))));
		GRAPH.stubFor(get(urlPathEqualTo("/youtube/v3/playlistItems")).withQueryParam("playlistId", equalTo(uploads))
			.willReturn(YouTubeTestChannels.json("""
					{"items":[{"id":"PL%1$s","snippet":{"title":"%2$s","publishedAt":"%3$s",
					 "resourceId":{"kind":"youtube#video","videoId":"%1$s"}}}]}"""
				.formatted(videoId, title, Instant.now().truncatedTo(ChronoUnit.SECONDS)))));
		long video = videoOf(channel);

		long entry = outbox.enqueue(channel.accountId(), OutboundAction.PUBLISH, null, title + "\n\nLes mer på nav.no",
				"yt-video-" + videoId, null, null, OutboundMedia.video(video));

		await().atMost(Duration.ofSeconds(60)).until(() -> outbox.get(entry).state() == OutboxEntry.State.SENT);
		assertThat(outbox.get(entry).externalResultId()).isEqualTo(videoId);
		GRAPH.verify(1, putRequestedFor(urlPathEqualTo(session)));
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/upload/youtube/v3/videos"))
			.withRequestBody(matchingJsonPath("$.status.privacyStatus", equalTo("public"))));
		GRAPH.verify(getRequestedFor(urlPathEqualTo("/youtube/v3/playlistItems"))
			.withQueryParam("playlistId", equalTo(uploads)));
	}

	@Test
	void quotaExceededOpensTheBreakerAndNoBytesAreSent() throws Exception {
		Api admin = api().asDemo("admin");
		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(admin, 3600);
		String title = "Kvote " + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/upload/youtube/v3/videos")).withRequestBody(containing(title))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody("""
					{"error":{"code":403,"message":"quota","errors":[{"reason":"quotaExceeded",
					 "domain":"youtube.quota"}]}}""")));
		long entry = outbox.enqueue(channel.accountId(), OutboundAction.PUBLISH, null, title, "yt-quota-" + title,
				null, null, OutboundMedia.video(videoOf(channel)));
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> "QUOTA_EXHAUSTED".equals(admin
				.get("/api/v1/channels/accounts/" + channel.accountId() + "/connection").json().path("tokenHealth")
				.path("state").asString()));

			Instant reset = new YouTubeQuota(null).nextReset(Instant.now());
			await().atMost(Duration.ofSeconds(10)).until(() -> outbox.get(entry).state() == OutboxEntry.State.PENDING
					&& outbox.get(entry).nextAttemptAt() != null);
			assertThat(outbox.get(entry).nextAttemptAt()).as("tried again after the reset")
				.isBetween(reset.minusSeconds(5), reset.plusSeconds(120));
			GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/upload/youtube/v3/videos"))
				.withRequestBody(containing(title)));
			GRAPH.verify(0, putRequestedFor(urlPathEqualTo("/upload/youtube/v3/sessions/" + title)));
		}
		finally {
			outbox.cancel(List.of(entry));
			fullQuota();
			jdbc.sql("update channels_connection set health = 'VALID' where health = 'QUOTA_EXHAUSTED'").update();
		}
	}

	@Test
	void aRefusedTokenIsRefreshedOnceThenTheConnectionIsMarkedRevoked() throws Exception {
		Api admin = api().asDemo("admin");
		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(admin, 3600);
		String title = "Token " + TestText.unique();
		String renewed = "renewed" + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/youtube/token"))
			.withRequestBody(containing("refresh_token=" + channel.refreshToken()))
			.willReturn(YouTubeTestChannels.json("""
					{"access_token":"%s","expires_in":3600,"token_type":"Bearer",
					 "scope":"https://www.googleapis.com/auth/youtube.force-ssl"}""".formatted(renewed))));
		GRAPH.stubFor(post(urlPathEqualTo("/upload/youtube/v3/videos")).withRequestBody(containing(title))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody("""
					{"error":{"code":401,"message":"Invalid Credentials","errors":[{"reason":"authError"}]}}""")));

		long entry = outbox.enqueue(channel.accountId(), OutboundAction.PUBLISH, null, title, "yt-401-" + title,
				null, null, OutboundMedia.video(videoOf(channel)));

		await().atMost(Duration.ofSeconds(30)).until(() -> outbox.get(entry).state() == OutboxEntry.State.FAILED);
		assertThat(admin.get("/api/v1/channels/accounts/" + channel.accountId() + "/connection").json()
			.path("tokenHealth").path("state").asString()).isEqualTo("REVOKED");
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/upload/youtube/v3/videos"))
			.withHeader("Authorization", equalTo("Bearer " + channel.accessToken())));
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/upload/youtube/v3/videos"))
			.withHeader("Authorization", equalTo("Bearer " + renewed)));
	}

	/** YouTube's two steps for this title: the session (its address answered in Location), then the file. */
	private static String stubUpload(String title, String videoId, int delayMillis) {
		String session = "/upload/youtube/v3/sessions/" + videoId;
		GRAPH.stubFor(post(urlPathEqualTo("/upload/youtube/v3/videos")).withRequestBody(containing(title))
			.willReturn(aResponse().withStatus(200).withHeader("Location", GRAPH.baseUrl() + session)));
		GRAPH.stubFor(put(urlPathEqualTo(session)).willReturn(YouTubeTestChannels
			.json("{\"kind\":\"youtube#video\",\"id\":\"" + videoId + "\"}")
			.withFixedDelay(delayMillis)));
		return session;
	}

	/** A video uploaded for the channel's account by an admin. */
	private long videoOf(YouTubeTestChannels.Channel channel) throws Exception {
		Api.Response uploaded = YouTubeTestVideos.upload(api(), "admin", channel.accountId(),
				YouTubeTestVideos.mp4(2048), "video/mp4");
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		return uploaded.json().path("id").asLong();
	}

	private int quotaLeft() {
		return jdbc.sql("select remaining from channels_budget where budget_key = 'YOUTUBE'").query(Integer.class)
			.optional().orElse(10_000);
	}

	private void fullQuota() {
		jdbc.sql("update channels_budget set remaining = limit_units, breaker_until = null where budget_key = 'YOUTUBE'")
			.update();
	}

}
