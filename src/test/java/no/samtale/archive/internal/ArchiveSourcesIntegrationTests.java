package no.samtale.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import no.samtale.support.PublishingSteps;
import no.samtale.support.TestText;
import no.samtale.support.TimePasses;
import tools.jackson.databind.JsonNode;

/**
 * The sources that close by events of other modules: a post journaled with its final text when it is published (its
 * rule turned on), a hearing journaled with its final summary when that is published (on by default).
 */
class ArchiveSourcesIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublishedPostIsJournaledWithItsFinalTextWhenTheRuleIsOnAndNotWhenItIsOff() {
		Api admin = api().asDemo("admin");
		long account = PublishingSteps.account(admin, "X", "SIMULATOR", "X " + TestText.unique());
		setPostRule(admin, true);
		try {
			String text = "Arkivert innlegg " + TestText.unique();
			long post = publishedPost(account, text);

			long record = ArchiveSteps.recordOf(jdbc, "POST", post);
			JsonNode detail = admin.get("/api/v1/archive/records/" + record).json();
			assertThat(detail.path("record").path("closedAt").isNull()).isFalse();
			assertThat(detail.path("record").path("journaledBy").asString()).isEqualTo(ArchiveListeners.AUTOMATIC);
			assertThat(detail.path("record").path("screened").asBoolean()).isFalse();
			assertThat(detail.path("entries").get(0).path("type").asString()).isEqualTo("U");
			assertThat(detail.path("entries").get(0).path("body").asString()).isEqualTo(text);

			setPostRule(admin, false);
			long notJournaled = publishedPost(account, "Ikke arkivert " + TestText.unique());
			// The listener has run once the post's search entry exists: give it the same time the first one had.
			await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
				.until(() -> ArchiveSteps.count(jdbc, "POST", notJournaled) == 0);
		}
		finally {
			setPostRule(admin, false);
		}
	}

	@Test
	void aHearingsPublishedFinalSummaryIsJournaledAsOneOutgoingEntry() throws Exception {
		Api admin = api().asDemo("admin");
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		String title = "Høring " + TestText.unique();
		Instant deadline = Instant.now().plus(Duration.ofHours(1));
		Api.Response created = api().asDemo("leder").post("/api/v1/hearings", """
				{"title": "%s", "summary": "Forslag om nye vakter.", "deadline": "%s", "anonymousAllowed": false,
				 "sections": [{"title": "Vakter", "body": "Nye vakter."}],
				 "units": [{"unitId": %d, "responsibleId": %d}]}
				""".formatted(title, deadline, unit(admin, "NAV Hamar"), ForumSteps.userId(admin, "moderator2")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long hearing = created.json().path("id").asLong();
		TimePasses.past(jdbc, "events_hearing", "deadline", hearing);

		Api.Response published = api().asDemo("leder").post("/api/v1/hearings/" + hearing + "/publish",
				"{\"spaceId\": " + space + "}");
		assertThat(published.status()).as(published.body()).isEqualTo(200);

		long record = ArchiveSteps.recordOf(jdbc, "HEARING", hearing);
		JsonNode detail = admin.get("/api/v1/archive/records/" + record).json();
		assertThat(detail.path("record").path("title").asString()).isEqualTo("Oppsummering: " + title);
		assertThat(detail.path("record").path("responsibleName").asString()).isEqualTo("Kari Aasen");
		assertThat(detail.path("record").path("closedAt").isNull()).isFalse();
		assertThat(detail.path("entries")).hasSize(1);
		assertThat(detail.path("entries").get(0).path("body").asString()).contains("Forslag om nye vakter.")
			.contains("NAV Hamar");
		assertThat(detail.path("documents").findValuesAsString("format")).containsExactly("PDF/A", "JSON");
		Api.Response byHand = admin.post("/api/v1/archive/records", "{\"sourceKind\": \"HEARING\", \"sourceId\": "
				+ hearing + "}");
		assertThat(byHand.status()).as("stored once").isEqualTo(200);
		// The summary is a forum discussion, so the one search finds it as a forum hit (docs/search.md).
		String word = title.substring(title.indexOf(' ') + 1);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api().asDemo("ansatt")
			.get("/api/v1/search?source=FORUM&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)).json()
			.path("items").findValuesAsString("title")).contains("Oppsummering: " + title));
	}

	private long publishedPost(long account, String text) {
		Api redaktor = api().asDemo("redaktor");
		Api.Response created = redaktor.post("/api/v1/publishing/posts", "{\"accountId\": " + account + ", \"text\": \""
				+ text + "\", \"publishAt\": \"" + Instant.now().plusSeconds(2) + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().path("id").asLong();
		assertThat(redaktor.post("/api/v1/publishing/posts/" + id + "/submit", "").status()).isEqualTo(200);
		Api.Response approved = api().asDemo("redaktor2").post("/api/v1/publishing/posts/" + id + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "PUBLISHED".equals(redaktor.get("/api/v1/publishing/posts/" + id).json().path("status").asString()));
		return id;
	}

	private static void setPostRule(Api admin, boolean enabled) {
		Api.Response saved = admin.put("/api/v1/archive/rules/POST", "{\"enabled\": " + enabled
				+ ", \"includeNotes\": false, \"legalBasis\": \"offl. § 13, jf. fvl. § 13\"}");
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	private static long unit(Api admin, String name) {
		for (JsonNode unit : admin.get("/api/v1/units").json()) {
			if (unit.path("name").asString().equals(name)) {
				return unit.path("id").asLong();
			}
		}
		throw new AssertionError("no unit " + name);
	}

}
