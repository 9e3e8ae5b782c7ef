package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Campaigns: the demo's, one written by an editor, refused where a field is wrong (nothing stored), and posts that
 * name a campaign of their team (and not another's, or one that does not exist).
 */
@AlsoOnTheEmbeddedDatabase
class PublishingCampaignsIntegrationTests extends IntegrationTest {

	@Test
	void anEditorPlansACampaignAndAPostJoinsIt() {
		Api redaktor = api().asDemo("redaktor");
		JsonNode demo = redaktor.get("/api/v1/publishing/campaigns").json();
		assertThat(demo.findValuesAsString("title")).contains("Nye beregningsregler for foreldrepenger");
		long team = demo.get(0).path("teamId").asLong();
		String title = "Sommerferie " + TestText.unique();
		LocalDate start = LocalDate.now();

		Api.Response created = redaktor.post("/api/v1/publishing/campaigns", campaign(team, title, start, start.plusWeeks(4)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long campaign = created.json().path("id").asLong();
		assertThat(created.json().path("goal").asString()).isEqualTo("Flere søker i tide");

		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "FACEBOOK", "FB " + TestText.unique());
		Api.Response post = redaktor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "Husk ferien", "publishAt": "%s", "campaignId": %d}"""
			.formatted(account, Instant.now().plusSeconds(3600), campaign));
		assertThat(post.status()).as(post.body()).isEqualTo(201);
		assertThat(post.json().path("campaignId").asLong()).isEqualTo(campaign);
		Api.Response unknown = redaktor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "Husk ferien", "publishAt": "%s", "campaignId": 999999999}"""
			.formatted(account, Instant.now().plusSeconds(3600)));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("field").asString()).isEqualTo("campaignId");

		Api.Response changed = redaktor.put("/api/v1/publishing/campaigns/" + campaign,
				campaign(team, title + " endret", start, start.plusWeeks(6)));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().path("endsOn").asString()).isEqualTo(start.plusWeeks(6).toString());
		assertThat(api().asDemo("veileder4").get("/api/v1/publishing/campaigns/" + campaign).status()).isEqualTo(403);
	}

	@Test
	void aCampaignWithAMissingTitleOrItsEndBeforeItsStartIsRefusedNamingTheField() {
		Api redaktor = api().asDemo("redaktor");
		long team = redaktor.get("/api/v1/publishing/campaigns").json().get(0).path("teamId").asLong();
		int before = redaktor.get("/api/v1/publishing/campaigns").json().size();
		LocalDate start = LocalDate.now();

		Api.Response noTitle = redaktor.post("/api/v1/publishing/campaigns", campaign(team, " ", start, start));
		Api.Response backwards = redaktor.post("/api/v1/publishing/campaigns", campaign(team, "Baklengs", start, start.minusDays(1)));
		Api.Response noTeam = redaktor.post("/api/v1/publishing/campaigns", "{\"title\": \"Uten team\"}");

		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.json().path("field").asString()).isEqualTo("title");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().path("field").asString()).isEqualTo("endsOn");
		assertThat(noTeam.json().path("field").asString()).isEqualTo("teamId");
		assertThat(redaktor.get("/api/v1/publishing/campaigns").json().size()).as("nothing stored").isEqualTo(before);
	}

	private static String campaign(long team, String title, LocalDate startsOn, LocalDate endsOn) {
		return """
				{"teamId": %d, "title": "%s", "description": "Ferie og foreldrepenger", "goal": "Flere søker i tide",
				 "startsOn": "%s", "endsOn": "%s"}""".formatted(team, title, startsOn, endsOn);
	}

}
