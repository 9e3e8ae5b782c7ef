package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The inbox's conversations per channel reach the contact log's channel mix through analytics' public figures: a
 * new conversation on a social account is counted once in this month's social contacts and in the export, however
 * many messages it gets; and the words of a subject are counted without personal data.
 */
class InboxFiguresIntegrationTests extends IntegrationTest {

	@Test
	void aNewConversationOnASocialAccountIsCountedOnceInTheChannelMix() {
		Api admin = api().asDemo("admin");
		Api leader = api().asDemo("leder");
		long account = AnalyticsIntegrationTests.account(admin, "NAV Foreldrepenger", "FACEBOOK");
		JsonNode before = thisMonth(leader);
		String thread = TestText.unique();
		for (int i = 0; i < 2; i++) {
			String id = TestText.unique();
			Api.Response pushed = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
					{"externalId": "m-%s", "kind": "PUBLIC", "threadExternalId": "t-%s", "authorExternalId": "u-%s",
					 "authorName": "Ola Nordmann", "body": "Når kommer utbetalingen?",
					 "context": {"externalId": "p-%s", "text": "Et innlegg"}}
					""".formatted(id, thread, thread, thread));
			assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		}

		await().atMost(Duration.ofSeconds(60))
			.until(() -> thisMonth(leader).path("inboxSocial").asLong() >= before.path("inboxSocial").asLong() + 1);
		JsonNode after = thisMonth(leader);
		assertThat(after.path("social").asLong() - after.path("inboxSocial").asLong())
			.as("the logged social contacts are unchanged")
			.isEqualTo(before.path("social").asLong() - before.path("inboxSocial").asLong());
		assertThat(after.path("digital").asLong())
			.isEqualTo(after.path("selfService").asLong() + after.path("chat").asLong() + after.path("social").asLong());
		List<String> csv = leader.get("/api/v1/contacts/channel-mix/export?format=csv").body().lines().toList();
		assertThat(csv.get(0)).endsWith(",inbox_chat,inbox_social");
		assertThat(csv.get(csv.size() - 1)).endsWith("," + after.path("inboxChat").asLong() + ","
				+ after.path("inboxSocial").asLong());
	}

	@Test
	void theWordsOfASubjectLeaveOutPersonalDataShortAndCommonWords() {
		assertThat(InboxWords.words("Hei! Hvordan søker jeg foreldrepenger? Ring 912 34 567 eller kari@nav.no"))
			.containsExactly("søker", "foreldrepenger", "ring");
	}

	private static JsonNode thisMonth(Api leader) {
		JsonNode months = leader.get("/api/v1/contacts/channel-mix").json().path("months");
		return months.get(months.size() - 1);
	}

}
