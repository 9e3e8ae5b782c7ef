package no.samtale.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Publishing exactly once against Meta's Graph API (WireMock): at the minute by Samtale, ahead of time through
 * Meta's own scheduling, through a 500, and when the task at the publish time runs again (a restart, a second node).
 * A refusal keeps Meta's text, and a retry publishes once.
 */
class PublishingExactlyOnceIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Publication publication;

	@Test
	void aPostDueInAMinuteIsPublishedOnceBySamtaleAndItsIdKept() {
		String page = "8100000000081";
		long account = PublishingTestAccounts.facebookPage(api().asDemo("admin"), "Minutt " + TestText.unique(), page,
				"minute-token");
		feedAnswers(page, 200, "{\"id\":\"" + page + "_1\"}");

		long id = approved(account, "Nå er det snart sommerferie!", Instant.now().plusSeconds(3));
		JsonNode post = awaitStatus(id, "PUBLISHED");

		assertThat(post.path("externalId").asString()).isEqualTo(page + "_1");
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));
		Map<String, String> form = form(GRAPH.findAll(postRequestedFor(urlPathEqualTo("/" + page + "/feed"))).get(0)
			.getBodyAsString());
		assertThat(form).containsEntry("message", "Nå er det snart sommerferie!").doesNotContainKey("published");

		int version = post.path("version").asInt();
		publication.due(id, version);
		publication.due(id, version);
		assertThat(jdbc.sql("select count(*) from channels_outbox where idempotency_key like :key")
			.param("key", "publishing:post:" + id + ":%").query(Long.class).single()).isEqualTo(1);
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));
	}

	@Test
	void aPostDaysAwayIsScheduledAtMetaWithItsTimeInUnixSeconds() {
		String page = "8200000000082";
		long account = PublishingTestAccounts.facebookPage(api().asDemo("admin"), "Frem " + TestText.unique(), page,
				"ahead-token");
		feedAnswers(page, 200, "{\"id\":\"" + page + "_2\"}");
		Instant at = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

		long id = approved(account, "G-reguleringen kommer i mai", at);
		await().atMost(Duration.ofSeconds(20)).until(() -> (page + "_2").equals(get(id).path("externalId").asString()));

		assertThat(get(id).path("status").asString()).as("Meta publishes it at its time").isEqualTo("SCHEDULED");
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));
		assertThat(form(GRAPH.findAll(postRequestedFor(urlPathEqualTo("/" + page + "/feed"))).get(0).getBodyAsString()))
			.containsEntry("published", "false")
			.containsEntry("scheduled_publish_time", String.valueOf(at.getEpochSecond()));
	}

	@Test
	void cancellingAPostMetaHoldsDeletesItThere() {
		String page = "8500000000085";
		long account = PublishingTestAccounts.facebookPage(api().asDemo("admin"), "Trekk " + TestText.unique(), page,
				"cancel-token");
		feedAnswers(page, 200, "{\"id\":\"" + page + "_5\"}");
		GRAPH.stubFor(delete(urlPathEqualTo("/" + page + "_5")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("{\"success\":true}")));

		long id = approved(account, "Dette trekker vi", Instant.now().plus(Duration.ofDays(3)));
		await().atMost(Duration.ofSeconds(20)).until(() -> (page + "_5").equals(get(id).path("externalId").asString()));
		Api.Response cancelled = api().asDemo("redaktor").post("/api/v1/publishing/posts/" + id + "/cancel", "");

		assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> GRAPH.verify(1, deleteRequestedFor(urlPathEqualTo("/" + page + "_5"))));
	}

	@Test
	void aPlatform500IsRetriedAndThePostIsPublishedOnce() {
		String page = "8300000000083";
		long account = PublishingTestAccounts.facebookPage(api().asDemo("admin"), "Feil " + TestText.unique(), page,
				"flaky-token");
		GRAPH.stubFor(post(urlPathEqualTo("/" + page + "/feed")).inScenario(page)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"message\":\"An unexpected error has occurred\",\"code\":2}}"))
			.willSetStateTo("up"));
		GRAPH.stubFor(post(urlPathEqualTo("/" + page + "/feed")).inScenario(page)
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"" + page + "_3\"}")));

		long id = approved(account, "Barnehagestart i august", Instant.now().plusSeconds(2));
		JsonNode post = awaitStatus(id, "PUBLISHED");

		assertThat(post.path("externalId").asString()).isEqualTo(page + "_3");
		GRAPH.verify(2, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));
		assertThat(jdbc.sql("select count(*) from channels_outbox where idempotency_key like :key and state = 'SENT'")
			.param("key", "publishing:post:" + id + ":%").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRefusalKeepsMetasTextAndARetryPublishesOnce() {
		String page = "8400000000084";
		long account = PublishingTestAccounts.facebookPage(api().asDemo("admin"), "Nei " + TestText.unique(), page,
				"refused-token");
		feedAnswers(page, 400, "{\"error\":{\"message\":\"(#200) Permissions error\",\"type\":\"OAuthException\",\"code\":200}}");

		long id = approved(account, "Skattemeldingen er her", Instant.now().plusSeconds(2));
		JsonNode failed = awaitStatus(id, "FAILED");
		assertThat(failed.path("lastError").asString()).contains("error 200");

		feedAnswers(page, 200, "{\"id\":\"" + page + "_4\"}");
		Api.Response retried = api().asDemo("redaktor").post("/api/v1/publishing/posts/" + id + "/retry", "");
		assertThat(retried.status()).as(retried.body()).isEqualTo(200);
		JsonNode published = awaitStatus(id, "PUBLISHED");
		assertThat(published.path("externalId").asString()).isEqualTo(page + "_4");
		GRAPH.verify(2, postRequestedFor(urlPathEqualTo("/" + page + "/feed")));
	}

	private long approved(long account, String text, Instant at) {
		Api.Response created = api().asDemo("redaktor").post("/api/v1/publishing/posts",
				PublishingPostsIntegrationTests.post(account, text, at));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().path("id").asLong();
		assertThat(api().asDemo("redaktor").post("/api/v1/publishing/posts/" + id + "/submit", "").status()).isEqualTo(200);
		Api.Response approved = api().asDemo("redaktor2").post("/api/v1/publishing/posts/" + id + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		return id;
	}

	private JsonNode awaitStatus(long id, String status) {
		await().atMost(Duration.ofSeconds(40)).until(() -> status.equals(get(id).path("status").asString()));
		return get(id);
	}

	private JsonNode get(long id) {
		return api().asDemo("redaktor").get("/api/v1/publishing/posts/" + id).json();
	}

	private static void feedAnswers(String page, int status, String body) {
		GRAPH.stubFor(post(urlPathEqualTo("/" + page + "/feed")).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json").withBody(body)));
	}

	private static Map<String, String> form(String body) {
		return Arrays.stream(body.split("&"))
			.map(pair -> pair.split("=", 2))
			.collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
					pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
	}

}
