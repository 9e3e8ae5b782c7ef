package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The meeting's inbox figures: conversations that reach the team's accounts in a week are counted in the next week's
 * meeting, a word in five of them is a rising topic (never in fewer), and the PDF says the same as the page.
 */
class PublishingMeetingInboxIntegrationTests extends IntegrationTest {

	@Test
	void conversationsOfTheWeekAreInTheNextMeetingWithTheirRisingWordAndInThePdf() throws Exception {
		Api admin = api().asDemo("admin");
		Api redaktor = api().asDemo("redaktor");
		long team = team(admin, "NAV Foreldrepenger");
		long account = account(admin, "NAV Foreldrepenger", "FACEBOOK");
		String next = IsoWeek.of(LocalDate.now(Calendar.OSLO).plusWeeks(1)).toString();
		String path = "/api/v1/publishing/meetings/" + team + "/" + next;
		JsonNode inboxBefore = redaktor.get(path).json().path("lastWeekInbox");
		long before = inboxBefore.path("conversations").asLong();
		long commentsBefore = inboxBefore.path("comments").asLong();
		String word = TestText.unique();
		String rare = TestText.unique();
		for (int i = 0; i < 5; i++) {
			String id = TestText.unique();
			Api.Response pushed = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
					{"externalId": "c-%s", "kind": "PUBLIC", "threadExternalId": "t-%s", "authorExternalId": "u-%s",
					 "authorName": "Kari Nordmann", "body": "Hvordan søker jeg %s %s?",
					 "context": {"externalId": "p-%s", "text": "Et innlegg"}}
					""".formatted(id, id, id, word, i == 0 ? rare : "", id));
			assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		}

		// Conversations and their words are counted by one listener, comments by another, and the team's accounts are
		// shared with the rest of the suite: wait until all that is asserted has arrived, not only a count of five.
		JsonNode meeting = await().atMost(Duration.ofSeconds(60)).until(() -> redaktor.get(path).json(), shown -> {
			JsonNode inbox = shown.path("lastWeekInbox");
			return inbox.path("conversations").asLong() >= before + 5 && inbox.path("comments").asLong() >= commentsBefore + 5
					&& shown.path("risingTopics").findValuesAsString("word").contains(word);
		});
		assertThat(meeting.path("risingTopics").findValuesAsString("word")).as("in five conversations").contains(word)
			.as("in one conversation only: could point to a person").doesNotContain(rare);
		for (JsonNode topic : meeting.path("risingTopics")) {
			if (topic.path("word").asString().equals(word)) {
				assertThat(topic.path("conversations").asInt()).isEqualTo(5);
				assertThat(topic.path("weekBefore").asInt()).isZero();
			}
		}

		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(api().base() + path + "/pdf"))
				.header("Authorization", "Bearer demo-token-redaktor")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Redaksjonsmøte NAV Foreldrepenger, uke " + next)
				.contains("Innboksen forrige uke")
				.contains(word + ": 5 samtaler");
		}
		assertThat(redaktor.get(path + "/markdown").body()).contains("- " + word + ": 5 samtaler (uken før: 0)");
		assertThat(api().asDemo("veileder1").get(path + "/pdf").status()).isEqualTo(403);
	}

	static long team(Api admin, String name) {
		for (JsonNode t : admin.get("/api/v1/channels/teams").json()) {
			if (t.path("name").asString().equals(name)) {
				return t.path("id").asLong();
			}
		}
		throw new AssertionError("No team " + name);
	}

	static long account(Api admin, String name, String platform) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("name").asString().equals(name) && account.path("platform").asString().equals(platform)) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No account " + name + " on " + platform);
	}

}
