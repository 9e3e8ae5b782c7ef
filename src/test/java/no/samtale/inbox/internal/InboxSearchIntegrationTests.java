package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * One search over every answer: a conversation with a sent reply is found by its team's advisors, with its source,
 * and by nobody else; asking for a source one may not read answers with nothing, never an error.
 */
@AlsoOnTheEmbeddedDatabase
class InboxSearchIntegrationTests extends IntegrationTest {

	@Test
	void aSentReplyIsSearchableForTheTeamOnly() {
		Api admin = api().asDemo("admin");
		String tag = "kvantefløyte" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		long conversation = Inbox.citizenComments(admin, "Hvordan søker jeg om " + tag + "?");
		Api advisor = api().asDemo("veileder1");
		long reply = Inbox.reply(advisor, conversation, "Du søker om " + tag + " på nav.no.", "PUBLIC");
		Api.Response approved = api().asDemo("veileder2").post("/api/v1/approvals/" + reply + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		Inbox.awaitReplyStatus(advisor, conversation, reply, "SENT");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(inboxHits(advisor, "/api/v1/search?q=" + tag + "&source=INBOX"))
				.contains(conversation));
		JsonNode hit = advisor.get("/api/v1/search?q=" + tag).json().path("items").get(0);
		assertThat(hit.path("source").asString()).isEqualTo("INBOX");
		assertThat(hit.path("space").path("name").asString()).isNotBlank();
		assertThat(inboxHits(advisor, "/api/v1/search/similar?q=" + tag)).contains(conversation);

		for (String outsider : List.of("veileder4", "ansatt", "fagperson")) {
			Api other = api().asDemo(outsider);
			Api.Response asked = other.get("/api/v1/search?q=" + tag + "&source=INBOX");
			assertThat(asked.status()).as(outsider).isEqualTo(200);
			assertThat(asked.json().path("items").size()).as(outsider).isZero();
			assertThat(inboxHits(other, "/api/v1/search?q=" + tag)).as(outsider).isEmpty();
			assertThat(inboxHits(other, "/api/v1/search/similar?q=" + tag)).as(outsider).isEmpty();
		}
		assertThat(advisor.get("/api/v1/search?q=" + tag + "&source=FORUM").json().path("items").size()).isZero();
	}

	@Test
	void anUnknownSourceIsAProblemNamingTheField() {
		Api.Response bad = api().asDemo("veileder1").get("/api/v1/search?q=dagpenger&source=BOGUS");

		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("source");
	}

	private static List<Long> inboxHits(Api reader, String path) {
		JsonNode body = reader.get(path).json();
		JsonNode items = body.isArray() ? body : body.path("items");
		return items.valueStream()
			.filter(item -> item.path("source").asString().equals("INBOX"))
			.map(item -> item.path("id").asLong())
			.toList();
	}

}
