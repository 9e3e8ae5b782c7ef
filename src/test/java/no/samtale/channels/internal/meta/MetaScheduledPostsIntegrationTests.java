package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Editors schedule page posts; once another member of the team approved one, Meta (WireMock) gets exactly the form
 * fields it documents, once.
 */
class MetaScheduledPostsIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditorSchedulesAPostAndMetaGetsAnUnpublishedPostWithItsTimeInUnixSeconds() {
		String page = "7300000000073";
		long account = MetaTestAccounts.connected(api().asDemo("admin"), "FACEBOOK", "Planlagt " + TestText.unique(),
				page, "schedule-token");
		GRAPH.stubFor(post(urlPathEqualTo("/" + page + "/feed")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + page + "_9001\"}")));
		Instant at = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
		String path = "/api/v1/channels/accounts/" + account + "/scheduled-posts";
		String body = "{\"message\": \"Husk å søke om foreldrepenger i god tid!\", \"publishAt\": \"" + at + "\"}";

		Api.Response scheduled = api().asDemo("redaktor").send("POST", path, "application/json", body);
		approve(scheduled.json().path("id").asLong());
		await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(only(account).path("state").asString()));

		assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
		assertThat(scheduled.json().path("publishAt").asString()).isEqualTo(at.toString());
		assertThat(only(account).path("postId").asString()).isEqualTo(page + "_9001");
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));
		LoggedRequest sent = GRAPH.findAll(postRequestedFor(urlPathEqualTo("/" + page + "/feed"))).get(0);
		assertThat(form(sent.getBodyAsString())).containsExactlyInAnyOrderEntriesOf(Map.of("message",
				"Husk å søke om foreldrepenger i god tid!", "published", "false", "scheduled_publish_time",
				String.valueOf(at.getEpochSecond()), "access_token", "schedule-token"));
	}

	@Test
	void aTimeOutsideMetasWindowIsRefusedNamingTheFieldAndNothingIsStoredOrSent() {
		String page = "7400000000074";
		long account = MetaTestAccounts.connected(api().asDemo("admin"), "FACEBOOK", "Vindu " + TestText.unique(),
				page, "window-token");
		String path = "/api/v1/channels/accounts/" + account + "/scheduled-posts";

		Api.Response tooSoon = api().asDemo("redaktor").post(path, "{\"message\": \"For tidlig\", \"publishAt\": \""
				+ Instant.now().plus(Duration.ofMinutes(5)) + "\"}");
		Api.Response tooLate = api().asDemo("redaktor").post(path, "{\"message\": \"For sent\", \"publishAt\": \""
				+ Instant.now().plus(Duration.ofDays(31)) + "\"}");
		Api.Response notATime = api().asDemo("redaktor").post(path, "{\"message\": \"Rart\", \"publishAt\": \"i morgen\"}");
		Api.Response empty = api().asDemo("redaktor").post(path, "{\"message\": \" \", \"publishAt\": \""
				+ Instant.now().plus(Duration.ofDays(1)) + "\"}");
		Api.Response advisor = api().asDemo("veileder1").post(path, "{\"message\": \"Hei\", \"publishAt\": \""
				+ Instant.now().plus(Duration.ofDays(1)) + "\"}");

		assertThat(tooSoon.status()).isEqualTo(400);
		assertThat(tooSoon.json().path("field").asString()).isEqualTo("publishAt");
		assertThat(tooLate.json().path("field").asString()).isEqualTo("publishAt");
		assertThat(notATime.status()).isEqualTo(400);
		assertThat(notATime.json().path("field").asString()).isEqualTo("publishAt");
		assertThat(empty.json().path("field").asString()).isEqualTo("message");
		assertThat(advisor.status()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from channels_outbox where account_id = :a").param("a", account)
			.query(Long.class).single()).isZero();
		GRAPH.verify(0, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));
	}

	@Test
	void theSameIdempotencyKeySchedulesOnceAndInstagramCannotSchedule() {
		String page = "7500000000075";
		long account = MetaTestAccounts.connected(api().asDemo("admin"), "FACEBOOK", "Nøkkel " + TestText.unique(),
				page, "key-token");
		GRAPH.stubFor(post(urlPathEqualTo("/" + page + "/feed")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"id\":\"" + page + "_1\"}")));
		long instagram = MetaTestAccounts.created(api().asDemo("admin"), "INSTAGRAM", "Insta " + TestText.unique());
		String body = "{\"message\": \"Én gang\", \"publishAt\": \"" + Instant.now().plus(Duration.ofDays(3)) + "\"}";

		for (int i = 0; i < 2; i++) {
			Api.Response response = api().asDemo("admin").post(
					"/api/v1/channels/accounts/" + account + "/scheduled-posts", body, "Idempotency-Key", "dobbeltklikk");
			assertThat(response.status()).as(response.body()).isEqualTo(201);
		}
		Api.Response refused = api().asDemo("admin").post("/api/v1/channels/accounts/" + instagram + "/scheduled-posts",
				body);

		JsonNode list = api().asDemo("admin").get("/api/v1/channels/accounts/" + account + "/scheduled-posts").json();
		assertThat(list).hasSize(1);
		approve(list.get(0).path("id").asLong());
		await().atMost(Duration.ofSeconds(15)).until(() -> "SENT".equals(only(account).path("state").asString()));
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:cannot-schedule");
	}

	/** Another member of the account's team (NAV Foreldrepenger) approves the post; only then does it go to Meta. */
	private void approve(long post) {
		Api.Response approved = api().asDemo("veileder1").post("/api/v1/channels/scheduled-posts/" + post + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
	}

	private JsonNode only(long account) {
		JsonNode list = api().asDemo("redaktor").get("/api/v1/channels/accounts/" + account + "/scheduled-posts").json();
		assertThat(list).hasSize(1);
		return list.get(0);
	}

	private static Map<String, String> form(String body) {
		return Arrays.stream(body.split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

}
