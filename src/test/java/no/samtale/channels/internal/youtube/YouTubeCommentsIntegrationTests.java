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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.channels.OutboundAction;
import no.samtale.channels.Outbox;
import no.samtale.channels.OutboxEntry;
import no.samtale.channels.internal.connect.Polling;
import no.samtale.platform.RuleViolationException;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * A connected channel's comments polled into the inbox once each (the channel's own skipped), replies and hiding
 * through the outbox, a slow answer read back before any retry, and {@code quotaExceeded} stopping all calls until
 * midnight Pacific time. YouTube played by WireMock.
 */
class YouTubeCommentsIntegrationTests extends IntegrationTest {

	@Autowired
	Polling polling;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void newCommentsArriveOnceAndTheChannelsOwnAreSkipped() {
		Api admin = api().asDemo("admin");
		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(admin, 3600);
		String question = "Hvordan søker jeg " + TestText.unique();
		String followUp = "Takk for svaret " + TestText.unique();
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		stubThreads(channel, """
				{"items":[{"id":"Ugt%1$s","snippet":{"videoId":"vid%1$s","topLevelComment":{"id":"Ugt%1$s",
				 "snippet":{"authorDisplayName":"@seer","authorChannelId":{"value":"UCseer"},"textOriginal":"%2$s",
				 "publishedAt":"%4$s"}}},
				 "replies":{"comments":[
				  {"id":"Ugt%1$s.own","snippet":{"authorChannelId":{"value":"%5$s"},"textOriginal":"Vårt svar",
				   "publishedAt":"%4$s"}},
				  {"id":"Ugt%1$s.next","snippet":{"authorChannelId":{"value":"UCseer"},"textOriginal":"%3$s",
				   "publishedAt":"%4$s"}}]}}]}""".formatted(channel.channelId().substring(2), question, followUp, now,
				channel.channelId()));

		polling.pollNow(channel.accountId());
		polling.pollNow(channel.accountId());

		assertThat(inbound(channel.accountId())).isEqualTo(2);
		assertThat(jdbc.sql("select thread_external_id from channels_inbound where account_id = :a and body = :b")
			.param("a", channel.accountId()).param("b", followUp).query(String.class).single())
			.isEqualTo("Ugt" + channel.channelId().substring(2));
		Api advisor = api().asDemo("veileder4");
		await().atMost(Duration.ofSeconds(60)).until(() -> advisor
			.get("/api/v1/inbox/conversations?size=200&sort=newest").body().contains(question));
	}

	@Test
	void aReplyGoesUnderTheTopCommentAndHidingHoldsItForReview() {
		Api admin = api().asDemo("admin");
		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(admin, 3600);
		String top = "Ugx" + TestText.unique();
		String text = "Hei! Se nav.no/jobb " + TestText.unique();
		GRAPH.stubFor(post(urlPathEqualTo("/youtube/v3/comments")).withRequestBody(containing(text))
			.willReturn(YouTubeTestChannels.json("{\"id\":\"" + top + ".answer\"}")));
		GRAPH.stubFor(post(urlPathEqualTo("/youtube/v3/comments/setModerationStatus"))
			.withQueryParam("id", equalTo(top + ".rude")).willReturn(aResponse().withStatus(204)));

		long reply = outbox.enqueue(channel.accountId(), OutboundAction.REPLY, top + ".earlier", text, "yt-" + top);
		long hide = outbox.enqueue(channel.accountId(), OutboundAction.HIDE, top + ".rude", null, "yt-hide-" + top);

		await().atMost(Duration.ofSeconds(30)).until(() -> outbox.get(reply).state() == OutboxEntry.State.SENT
				&& outbox.get(hide).state() == OutboxEntry.State.SENT);
		assertThat(outbox.get(reply).externalResultId()).isEqualTo(top + ".answer");
		GRAPH.verify(postRequestedFor(urlPathEqualTo("/youtube/v3/comments"))
			.withRequestBody(containing("\"parentId\":\"" + top + "\"")));
		GRAPH.verify(postRequestedFor(urlPathEqualTo("/youtube/v3/comments/setModerationStatus"))
			.withQueryParam("moderationStatus", equalTo("heldForReview")));
		assertThatThrownBy(() -> outbox.enqueue(channel.accountId(), OutboundAction.REPLY_PRIVATELY, top, "Hei",
				"yt-private-" + top)).isInstanceOf(RuleViolationException.class).hasMessageContaining("REPLY_PRIVATELY");
	}

	@Test
	void aReplyWhoseAnswerNeverCameIsReadBackAndNotPostedTwice() {
		Api admin = api().asDemo("admin");
		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(admin, 3600);
		String top = "Ugs" + TestText.unique();
		String text = "Hei! Svaret ble sent. " + TestText.unique();
		// YouTube posts the reply but answers after the connector has given up (a slow 200).
		GRAPH.stubFor(post(urlPathEqualTo("/youtube/v3/comments")).withRequestBody(containing(text))
			.willReturn(YouTubeTestChannels.json("{\"id\":\"" + top + ".late\"}").withFixedDelay(4000)));
		GRAPH.stubFor(get(urlPathEqualTo("/youtube/v3/comments")).withQueryParam("parentId", equalTo(top))
			.willReturn(YouTubeTestChannels.json("""
					{"items":[{"id":"%s.late","snippet":{"authorChannelId":{"value":"%s"},"textOriginal":"%s",
					 "publishedAt":"%s"}}]}""".formatted(top, channel.channelId(), text, Instant.now()))));

		long entry = outbox.enqueue(channel.accountId(), OutboundAction.REPLY, top, text, "yt-slow-" + top);

		await().atMost(Duration.ofSeconds(60)).until(() -> outbox.get(entry).state() == OutboxEntry.State.SENT);
		assertThat(outbox.get(entry).externalResultId()).isEqualTo(top + ".late");
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/youtube/v3/comments")).withRequestBody(containing(text)));
		GRAPH.verify(getRequestedFor(urlPathEqualTo("/youtube/v3/comments")).withQueryParam("parentId", equalTo(top)));
	}

	@Test
	void quotaExceededStopsEveryCallUntilMidnightPacific() {
		Api admin = api().asDemo("admin");
		YouTubeTestChannels.Channel channel = YouTubeTestChannels.connected(admin, 3600);
		GRAPH.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads"))
			.withQueryParam("allThreadsRelatedToChannelId", equalTo(channel.channelId()))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody("""
					{"error":{"code":403,"message":"quota","errors":[{"reason":"quotaExceeded",
					 "domain":"youtube.quota"}]}}""")));
		try {
			polling.pollNow(channel.accountId());
			polling.pollNow(channel.accountId());

			GRAPH.verify(1, getRequestedFor(urlPathEqualTo("/youtube/v3/commentThreads"))
				.withQueryParam("allThreadsRelatedToChannelId", equalTo(channel.channelId())));
			var shown = admin.get("/api/v1/channels/accounts/" + channel.accountId() + "/connection").json();
			assertThat(shown.path("tokenHealth").path("state").asString()).isEqualTo("QUOTA_EXHAUSTED");
			Instant reset = Instant.parse(shown.path("budget").path("breakerUntil").asString());
			assertThat(reset).isEqualTo(new YouTubeQuota(null).nextReset(Instant.now()));
			assertThat(shown.path("budget").path("remaining").asInt()).isZero();
		}
		finally {
			// The quota is the whole project's: give it back, so the other tests' channels can call again.
			jdbc.sql("update channels_budget set remaining = limit_units, breaker_until = null "
					+ "where budget_key = 'YOUTUBE'").update();
			jdbc.sql("update channels_connection set health = 'VALID' where health = 'QUOTA_EXHAUSTED'").update();
		}
	}

	private long inbound(long account) {
		return jdbc.sql("select count(*) from channels_inbound where account_id = :a").param("a", account)
			.query(Long.class).single();
	}

	private static void stubThreads(YouTubeTestChannels.Channel channel, String body) {
		GRAPH.stubFor(get(urlPathEqualTo("/youtube/v3/commentThreads"))
			.withQueryParam("allThreadsRelatedToChannelId", equalTo(channel.channelId()))
			.willReturn(YouTubeTestChannels.json(body)));
	}

}
