package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Sponsored posts: the budget waits for a second editor (never the one who asked), a change asks again, spend and
 * results are entered by hand once approved, bad input names its field, and the campaign lists its posts.
 */
class PublishingSponsoredPostsIntegrationTests extends IntegrationTest {

	@Test
	void theBudgetOfASponsoredPostIsApprovedByTheOtherEditorAndItsResultsEnteredAfterwards() {
		Api redaktor = api().asDemo("redaktor");
		Api redaktor2 = api().asDemo("redaktor2");
		long team = PublishingMeetingInboxIntegrationTests.team(api().asDemo("admin"), "NAV Foreldrepenger");
		LocalDate start = LocalDate.now().plusDays(1);
		Api.Response campaign = redaktor.post("/api/v1/publishing/campaigns", """
				{"teamId": %d, "title": "Kampanje %s", "description": "", "goal": "Flere søker", "startsOn": "%s",
				 "endsOn": "%s"}""".formatted(team, TestText.unique(), start, start.plusWeeks(2)));
		long campaignId = campaign.json().path("id").asLong();
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "FACEBOOK", "FB " + TestText.unique());
		String text = "Sponset " + TestText.unique();
		long post = redaktor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "%s", "publishAt": "%s", "campaignId": %d}"""
			.formatted(account, text, Instant.now().plusSeconds(7200), campaignId)).json().path("id").asLong();
		String path = "/api/v1/publishing/posts/" + post + "/sponsorship";

		Api.Response noBudget = redaktor.put(path, sponsorship(0, "Foreldre", start, start.plusDays(7)));
		Api.Response noAudience = redaktor.put(path, sponsorship(3000, " ", start, start.plusDays(7)));
		Api.Response backwards = redaktor.put(path, sponsorship(3000, "Foreldre", start, start.minusDays(1)));
		assertThat(noBudget.json().path("field").asString()).isEqualTo("budgetNok");
		assertThat(noAudience.json().path("field").asString()).isEqualTo("audience");
		assertThat(backwards.json().path("field").asString()).isEqualTo("endsOn");
		assertThat(redaktor.get(path).status()).as("nothing stored").isEqualTo(404);

		Api.Response asked = redaktor.put(path, sponsorship(3000, "Foreldre som venter barn", start, start.plusDays(7)));
		assertThat(asked.status()).as(asked.body()).isEqualTo(200);
		assertThat(asked.json().path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(asked.json().path("canApprove").asBoolean()).isFalse();
		Api.Response own = redaktor.post(path + "/approve", "{}");
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.problemType()).isEqualTo("urn:samtale:problem:own-approval");
		Api.Response early = redaktor.put(path + "/results", "{\"spendNok\": 100}");
		assertThat(early.status()).isEqualTo(409);

		Api.Response changed = redaktor.put(path, sponsorship(4000, "Foreldre som venter barn", start, start.plusDays(7)));
		assertThat(changed.json().path("budgetNok").asInt()).isEqualTo(4000);
		assertThat(redaktor2.get(path).json().path("canApprove").asBoolean()).isTrue();
		Api.Response approved = redaktor2.post(path + "/approve", "{}");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
		assertThat(approved.json().path("decidedBy").path("id").asLong()).isPositive();
		assertThat(redaktor2.post(path + "/approve", "{}").status()).as("decided once").isEqualTo(409);

		Api.Response negative = redaktor.put(path + "/results", "{\"spendNok\": -1}");
		assertThat(negative.json().path("field").asString()).isEqualTo("spendNok");
		Api.Response results = redaktor.put(path + "/results",
				"{\"spendNok\": 3850, \"reach\": 41000, \"clicks\": 900, \"results\": \"Godt mottatt\"}");
		assertThat(results.status()).as(results.body()).isEqualTo(200);
		assertThat(results.json().path("spendNok").asInt()).isEqualTo(3850);
		assertThat(results.json().path("reach").asLong()).isEqualTo(41000);

		JsonNode listed = redaktor.get("/api/v1/publishing/sponsorships").json();
		assertThat(listed.findValuesAsString("postText")).contains(text);
		assertThat(redaktor.get("/api/v1/publishing/campaigns/" + campaignId + "/posts").json().findValuesAsString("text"))
			.containsExactly(text);
		assertThat(api().asDemo("veileder4").get("/api/v1/publishing/sponsorships").status()).isEqualTo(403);
	}

	@Test
	void aSentBackBudgetNeedsAComment() {
		Api redaktor = api().asDemo("redaktor");
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "FACEBOOK", "FB " + TestText.unique());
		long post = redaktor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "Sponset %s", "publishAt": "%s"}"""
			.formatted(account, TestText.unique(), Instant.now().plusSeconds(7200))).json().path("id").asLong();
		String path = "/api/v1/publishing/posts/" + post + "/sponsorship";
		LocalDate start = LocalDate.now();
		redaktor.put(path, sponsorship(2000, "Alle", start, start.plusDays(3)));

		Api.Response noComment = api().asDemo("redaktor2").post(path + "/reject", "{\"comment\": \"\"}");
		Api.Response rejected = api().asDemo("redaktor2").post(path + "/reject", "{\"comment\": \"For dyrt\"}");

		assertThat(noComment.json().path("field").asString()).isEqualTo("comment");
		assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().path("rejectionComment").asString()).isEqualTo("For dyrt");
	}

	private static String sponsorship(int budget, String audience, LocalDate from, LocalDate to) {
		return """
				{"budgetNok": %d, "audience": "%s", "goal": "20 000 nådd", "startsOn": "%s", "endsOn": "%s"}"""
			.formatted(budget, audience, from, to);
	}

}
