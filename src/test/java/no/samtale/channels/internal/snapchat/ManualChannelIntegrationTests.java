package no.samtale.channels.internal.snapchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Snapchat as a manual channel: its team logs conversations held in the app without personal data, imports the
 * app's figures from CSV into the figures shown with the others, and every action says why it is missing.
 */
class ManualChannelIntegrationTests extends IntegrationTest {

	@Test
	void theTeamLogsAConversationWithoutPersonalDataAndImportsFigures() {
		Api advisor = api().asDemo("veileder4");
		Api admin = api().asDemo("admin");
		JsonNode snapchat = snapchat(admin);
		long id = snapchat.path("id").asLong();
		assertThat(snapchat.path("connector").asString()).isEqualTo("MANUAL");
		assertThat(snapchat.path("unavailable").findValuesAsString("reason")).containsOnly("MANUAL_CHANNEL");
		String topic = "Sommerjobb " + TestText.unique();

		Api.Response logged = advisor.post("/api/v1/channels/accounts/" + id + "/manual-log", """
				{"topic": "%s", "replySummary": "Viste til arbeidsplassen.no", "heldOn": "%s"}"""
			.formatted(topic, LocalDate.now()));
		Api.Response personal = advisor.post("/api/v1/channels/accounts/" + id + "/manual-log", """
				{"topic": "Ring meg på 91234567", "replySummary": "Svarte", "heldOn": "%s"}""".formatted(LocalDate.now()));
		Api.Response outsider = api().asDemo("veileder1").get("/api/v1/channels/accounts/" + id + "/manual-log");

		assertThat(logged.status()).as(logged.body()).isEqualTo(201);
		assertThat(personal.status()).isEqualTo(400);
		assertThat(personal.json().path("field").asString()).isEqualTo("topic");
		assertThat(outsider.status()).isEqualTo(403);
		assertThat(advisor.get("/api/v1/channels/accounts/" + id + "/manual-log").body()).contains(topic);

		String day = LocalDate.now().minusDays(1).toString();
		Api.Response imported = advisor.post("/api/v1/channels/accounts/" + id + "/figures/import",
				"{\"csv\": \"date,metric,value\\n" + day + ",story_views,1040\\n" + day + ",followers,2100\\n\"}");
		Api.Response again = advisor.post("/api/v1/channels/accounts/" + id + "/figures/import",
				"{\"csv\": \"date,metric,value\\n" + day + ",story_views,1050\\n\"}");
		Api.Response bad = advisor.post("/api/v1/channels/accounts/" + id + "/figures/import",
				"{\"csv\": \"date,metric,value\\n" + day + ",likes,-1\\n\"}");

		assertThat(imported.json().path("figures").asInt()).isEqualTo(2);
		assertThat(again.status()).isEqualTo(200);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().path("field").asString()).isEqualTo("csv");
		JsonNode figures = admin.get("/api/v1/channels/accounts/" + id + "/figures?from=" + day + "&to=" + day)
			.json().path("figures");
		assertThat(figures.findValuesAsString("metric")).containsExactlyInAnyOrder("followers", "story_views");
		for (JsonNode figure : figures) {
			if (figure.path("metric").asString().equals("story_views")) {
				assertThat(figure.path("value").asLong()).isEqualTo(1050);
			}
		}
	}

	@Test
	void aLoggedConversationCountsInAnalyticsAsAPrivateMessageAnsweredThatDay() {
		Api advisor = api().asDemo("veileder4");
		Api admin = api().asDemo("admin");
		long id = snapchat(admin).path("id").asLong();
		LocalDate day = LocalDate.now().minusDays(3);
		String path = "/api/v1/analytics/accounts/" + id + "/daily?from=" + day + "&to=" + day;
		JsonNode before = admin.get(path).json().path("items").path(0);

		Api.Response logged = advisor.post("/api/v1/channels/accounts/" + id + "/manual-log", """
				{"topic": "Feriepenger %s", "replySummary": "Forklarte utbetalingen i juni", "heldOn": "%s"}"""
			.formatted(TestText.unique(), day));

		assertThat(logged.status()).as(logged.body()).isEqualTo(201);
		await().atMost(Duration.ofSeconds(30)).until(() -> admin.get(path).json().path("items").path(0)
			.path("privateMessages").asInt() == before.path("privateMessages").asInt() + 1);
		JsonNode after = admin.get(path).json().path("items").path(0);
		assertThat(after.path("repliesSent").asInt()).isEqualTo(before.path("repliesSent").asInt() + 1);
		assertThat(after.path("comments").asInt()).isEqualTo(before.path("comments").asInt());
	}

	private static JsonNode snapchat(Api admin) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("platform").asString().equals("SNAPCHAT")) {
				return account;
			}
		}
		throw new AssertionError("No Snapchat account in the demo");
	}

}
