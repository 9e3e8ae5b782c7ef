package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** Instagram's backfill on connect, and backfill after downtime, deduplicated against webhook deliveries. */
class MetaBackfillIntegrationTests extends IntegrationTest {

	private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
		.withZone(ZoneOffset.UTC);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MetaGapCheck gapCheck;

	@Test
	void connectingAnInstagramAccountReadsItsMediasCommentsAndRepliesAndAWebhookForOneAddsNothing() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String ig = "17841400000000" + (System.nanoTime() % 1000);
		String comment = "1790" + System.nanoTime();
		String text = "Når kommer svaret? " + TestText.unique();
		GRAPH.stubFor(get(urlPathEqualTo("/" + ig + "/media")).withQueryParam("access_token", equalTo("ig-token"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"data":[{"id":"%s_m1","caption":"Foreldrepenger og ferie","timestamp":"2026-11-20T09:00:00+0000",
					 "comments":{"data":[{"id":"%s","text":"%s","timestamp":"2026-11-20T10:00:00+0000",
					   "from":{"id":"555001","username":"kari.nordmann"},
					   "replies":{"data":[
					     {"id":"%s_r1","text":"Samme spørsmål her","timestamp":"2026-11-20T10:05:00+0000",
					      "from":{"id":"555002","username":"ola"}},
					     {"id":"%s_r2","text":"Svar fra kontoen","timestamp":"2026-11-20T10:10:00+0000",
					      "from":{"id":"%s","username":"navforeldrepenger"}}]}}]}}]}""".formatted(ig, comment, text,
					comment, comment, ig))));

		long account = MetaTestAccounts.connected(api().asDemo("admin"), "INSTAGRAM", "Insta " + TestText.unique(), ig,
				"ig-token");
		String webhook = """
				{"object":"instagram","entry":[{"id":"%s","time":%d,"changes":[{"field":"comments","value":{
				 "from":{"id":"555001","username":"kari.nordmann"},"media":{"id":"%s_m1"},"id":"%s","text":"%s"}}]}]}"""
			.formatted(ig, Instant.now().getEpochSecond(), ig, comment, text);
		hooks.sendAndAwait(webhook);

		assertThat(hooks.state(webhook)).isEqualTo("PROCESSED");
		assertThat(count(account, comment)).isEqualTo(1);
		assertThat(count(account, comment + "_r1")).isEqualTo(1);
		assertThat(count(account, comment + "_r2")).isZero();
		assertThat(jdbc.sql("select thread_external_id from channels_inbound where external_id = :id")
			.param("id", comment + "_r1").query(String.class).single()).isEqualTo(comment);
		assertThat(jdbc.sql("select context_body from channels_inbound where external_id = :id")
			.param("id", comment).query(String.class).single()).isEqualTo("Foreldrepenger og ferie");
		assertThat(backfilledUntil(account)).isNotNull();
	}

	@Test
	void afterDowntimeCommentsSinceTheLastKnownTimeAreReadOnceEvenWhenAWebhookBroughtOneOfThem() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String page = "7600000000076";
		long account = MetaTestAccounts.connected(api().asDemo("admin"), "FACEBOOK", "Nedetid " + TestText.unique(),
				page, "gap-token");
		Instant longAgo = Instant.now().minus(Duration.ofHours(3));
		jdbc.sql("update channels_meta_page set connected_at = :t, backfilled_until = :t where account_id = :a")
			.param("t", Timestamp.from(longAgo))
			.param("a", account)
			.update();
		String fresh = page + "_fresh" + System.nanoTime();
		String missed = page + "_missed" + System.nanoTime();
		String old = page + "_old" + System.nanoTime();
		String freshText = "Kom med webhook " + TestText.unique();
		hooks.sendAndAwait(MetaHooks.comment(page, fresh, null, freshText, Instant.now(), "add"));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		GRAPH.stubFor(get(urlPathEqualTo("/" + page + "/feed")).withQueryParam("access_token", equalTo("gap-token"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"data":[{"id":"%s_777","message":"Innlegg","comments":{"data":[
					 {"id":"%s","message":"%s","from":{"id":"24000000000009","name":"Ola"},"created_time":"%s"},
					 {"id":"%s","message":"Gikk tapt i nedetiden","from":{"id":"24000000000010","name":"Kari"},
					  "created_time":"%s"},
					 {"id":"%s","message":"Gammel og besvart","from":{"id":"24000000000011","name":"Per"},
					  "created_time":"%s"}]}}]}""".formatted(page, fresh, freshText, GRAPH_TIME.format(now), missed,
					GRAPH_TIME.format(now), old, GRAPH_TIME.format(longAgo.minus(Duration.ofDays(1)))))));
		GRAPH.resetRequests();

		boolean quietNow = gapCheck.check(account, Instant.now());
		boolean afterAnHourOfSilence = gapCheck.check(account, Instant.now().plus(Duration.ofHours(1)));

		assertThat(quietNow).isFalse();
		assertThat(afterAnHourOfSilence).isTrue();
		GRAPH.verify(1, getRequestedFor(urlPathEqualTo("/" + page + "/feed")));
		assertThat(count(account, fresh)).isEqualTo(1);
		assertThat(count(account, missed)).isEqualTo(1);
		assertThat(count(account, old)).isZero();
		assertThat(backfilledUntil(account)).isAfter(longAgo.plus(Duration.ofHours(2)));
	}

	private long count(long account, String externalId) {
		return jdbc.sql("select count(*) from channels_inbound where account_id = :a and external_id = :id")
			.param("a", account)
			.param("id", externalId)
			.query(Long.class)
			.single();
	}

	private Instant backfilledUntil(long account) {
		Timestamp until = jdbc.sql("select backfilled_until from channels_meta_page where account_id = :a")
			.param("a", account)
			.query(Timestamp.class)
			.single();
		return until == null ? null : until.toInstant();
	}

}
