package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * Annotations on the charts: created, listed with the range they overlap, changed and deleted through the API; bad
 * input named by field with nothing written; strangers' teams and the agency's annotations guarded.
 */
@AlsoOnTheEmbeddedDatabase
class AnnotationsIntegrationTests extends IntegrationTest {

	static final String PATH = "/api/v1/analytics/annotations";

	@Test
	void aTeamsLeadAnnotatesACampaignAndItIsListedChangedAndDeleted() {
		Api lead = api().asDemo("veileder1");
		long account = AnalyticsIntegrationTests.account(api().asDemo("admin"), "NAV Foreldrepenger", "FACEBOOK");
		long team = teamOf(account);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));

		Api.Response created = lead.post(PATH, """
				{"teamId": %d, "kind": "CAMPAIGN", "title": "Kampanje om foreldrepenger", "from": "%s", "to": "%s"}
				""".formatted(team, today.minusDays(3), today.minusDays(1)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().path("id").asLong();

		JsonNode listed = lead.get(PATH + "?accountId=" + account + "&from=" + today.minusDays(2) + "&to=" + today)
			.json().path("items");
		assertThat(listed.findValuesAsString("title")).contains("Kampanje om foreldrepenger");
		JsonNode before = lead.get(PATH + "?teamId=" + team + "&from=" + today.minusDays(30) + "&to="
				+ today.minusDays(10)).json().path("items");
		assertThat(before.findValuesAsString("title")).doesNotContain("Kampanje om foreldrepenger");

		Api.Response changed = lead.put(PATH + "/" + id, """
				{"kind": "LIVE_CHAT", "title": "Direktechat", "from": "%s"}
				""".formatted(today));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().path("kind").asString()).isEqualTo("LIVE_CHAT");
		assertThat(changed.json().path("to").asString()).isEqualTo(today.toString());

		assertThat(api().asDemo("veileder2").delete(PATH + "/" + id).status()).as("not the team's lead").isEqualTo(404);
		assertThat(lead.delete(PATH + "/" + id).status()).isEqualTo(204);
		assertThat(lead.delete(PATH + "/" + id).status()).isEqualTo(404);
	}

	@Test
	void badInputIsNamedAndNothingIsWritten() {
		Api analyst = api().asDemo("analytiker");
		long team = teamOf(AnalyticsIntegrationTests.account(api().asDemo("admin"), "NAV Foreldrepenger", "FACEBOOK"));
		int before = analyst.get(PATH + "?from=2020-01-01&to=2030-12-31").json().path("items").size();

		assertField(analyst.post(PATH, "{\"kind\": \"PARTY\", \"title\": \"x\", \"from\": \"2026-01-01\"}"), "kind");
		assertField(analyst.post(PATH, "{\"kind\": \"REFORM\", \"title\": \" \", \"from\": \"2026-01-01\"}"), "title");
		assertField(analyst.post(PATH, "{\"kind\": \"REFORM\", \"title\": \"x\"}"), "from");
		assertField(analyst.post(PATH, "{\"kind\": \"REFORM\", \"title\": \"x\", \"from\": \"1. mai\"}"), "from");
		assertField(analyst.post(PATH,
				"{\"kind\": \"REFORM\", \"title\": \"x\", \"from\": \"2026-02-01\", \"to\": \"2026-01-01\"}"), "to");
		assertField(analyst.post(PATH, "{\"teamId\": " + team
				+ ", \"accountId\": 1, \"kind\": \"REFORM\", \"title\": \"x\", \"from\": \"2026-01-01\"}"), "accountId");
		Api.Response unknownTeam = analyst.post(PATH,
				"{\"teamId\": 987654321, \"kind\": \"REFORM\", \"title\": \"x\", \"from\": \"2026-01-01\"}");
		Api.Response agencyByAdvisor = api().asDemo("veileder1").post(PATH,
				"{\"kind\": \"REFORM\", \"title\": \"x\", \"from\": \"2026-01-01\"}");

		assertThat(unknownTeam.status()).isEqualTo(404);
		assertThat(agencyByAdvisor.status()).isEqualTo(403);
		assertThat(analyst.get(PATH + "?from=2020-01-01&to=2030-12-31").json().path("items").size()).isEqualTo(before);
	}

	@Test
	void theDemosReformAndLiveChatAreAnnotatedForTheWholeAgency() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
		JsonNode items = api().asDemo("analytiker")
			.get(PATH + "?from=" + today.minusYears(2) + "&to=" + today)
			.json()
			.path("items");
		assertThat(items.findValuesAsString("kind")).contains("REFORM", "LIVE_CHAT");
	}

	private long teamOf(long account) {
		for (JsonNode a : api().asDemo("analytiker").get("/api/v1/analytics/scope").json().path("accounts")) {
			if (a.path("id").asLong() == account) {
				return a.path("teamId").asLong();
			}
		}
		throw new AssertionError("No account " + account);
	}

	private static void assertField(Api.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().path("field").asString()).isEqualTo(field);
	}

}
