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
 * Sponsored posts' spend and results imported from a CSV file: every fault named by line and column in one answer,
 * nothing written unless the whole file is right, a semicolon file from a Norwegian spreadsheet read as well.
 */
class PublishingSponsoredResultsCsvIntegrationTests extends IntegrationTest {

	private static final String PATH = "/api/v1/publishing/sponsorships/results";

	@Test
	void aFileWithAnyFaultStoresNothingAndNamesEachLineAndColumn() {
		Api redaktor = api().asDemo("redaktor");
		long approved = approvedSponsoredPost();
		long waiting = sponsoredPost();
		String csv = """
				postId,spendNok,reach,clicks,results
				%d,3850,41000,900,Godt mottatt
				%d,100,,,
				999999999,10,,,
				%d,-5,abc,,
				%d,12,,,
				""".formatted(approved, waiting, approved, approved);

		Api.Response refused = redaktor.send("POST", PATH, "text/csv", csv);

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:sponsorship-results-csv");
		assertThat(refused.json().path("errors").findValuesAsString("field")).contains("lines[3].postId",
				"lines[4].postId", "lines[5].spendNok", "lines[5].reach", "lines[6].postId");
		assertThat(codeOf(refused.json(), "lines[3].postId")).isEqualTo("not-approved");
		assertThat(codeOf(refused.json(), "lines[4].postId")).isEqualTo("unknown-post");
		assertThat(codeOf(refused.json(), "lines[5].spendNok")).isEqualTo("negative");
		assertThat(codeOf(refused.json(), "lines[5].reach")).isEqualTo("number");
		assertThat(codeOf(refused.json(), "lines[6].postId")).isEqualTo("duplicate");
		assertThat(redaktor.get("/api/v1/publishing/posts/" + approved + "/sponsorship").json().path("spendNok").isNull())
			.as("the good line 2 was not written either")
			.isTrue();

		Api.Response header = redaktor.send("POST", PATH, "text/csv", "post,spend\n1,2\n");
		assertThat(header.json().path("errors").findValuesAsString("field")).contains("lines[1].postId");
		Api.Response empty = redaktor.send("POST", PATH, "text/csv", "postId,spendNok,reach,clicks,results\n");
		assertThat(codeOf(empty.json(), "lines[2].postId")).isEqualTo("empty");
	}

	@Test
	void aRightFileWritesEveryLineAndASemicolonFileWithSpacedThousandsIsReadToo() {
		Api redaktor = api().asDemo("redaktor");
		long first = approvedSponsoredPost();
		long second = approvedSponsoredPost();
		String csv = "postId;spendNok;reach;clicks;results\r\n" + first + ";3 850;41 000;900;\"Godt mottatt; mange klikk\"\r\n"
				+ second + ";1200;;;\r\n";

		Api.Response imported = redaktor.send("POST", PATH, "text/csv", csv);

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().path("rows").asInt()).isEqualTo(2);
		JsonNode one = redaktor.get("/api/v1/publishing/posts/" + first + "/sponsorship").json();
		assertThat(one.path("spendNok").asInt()).isEqualTo(3850);
		assertThat(one.path("reach").asLong()).isEqualTo(41000);
		assertThat(one.path("clicks").asLong()).isEqualTo(900);
		assertThat(one.path("results").asString()).isEqualTo("Godt mottatt; mange klikk");
		JsonNode two = redaktor.get("/api/v1/publishing/posts/" + second + "/sponsorship").json();
		assertThat(two.path("spendNok").asInt()).isEqualTo(1200);
		assertThat(two.path("reach").isNull()).isTrue();
	}

	@Test
	void anotherTeamsSponsoredPostIsUnknownToTheFile() {
		long post = approvedSponsoredPost();
		Api.Response outsider = api().asDemo("veileder4").send("POST", PATH, "text/csv",
				"postId,spendNok,reach,clicks,results\n" + post + ",10,,,\n");
		assertThat(outsider.status()).isEqualTo(403);
	}

	private static String codeOf(JsonNode problem, String field) {
		for (JsonNode error : problem.path("errors")) {
			if (error.path("field").asString().equals(field)) {
				return error.path("code").asString();
			}
		}
		return null;
	}

	private long approvedSponsoredPost() {
		long post = sponsoredPost();
		Api.Response approved = api().asDemo("redaktor2").post("/api/v1/publishing/posts/" + post + "/sponsorship/approve", "{}");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		return post;
	}

	private long sponsoredPost() {
		Api redaktor = api().asDemo("redaktor");
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "FACEBOOK", "FB " + TestText.unique());
		long post = redaktor.post("/api/v1/publishing/posts", """
				{"accountId": %d, "text": "Sponset %s", "publishAt": "%s"}"""
			.formatted(account, TestText.unique(), Instant.now().plusSeconds(7200))).json().path("id").asLong();
		LocalDate start = LocalDate.now();
		Api.Response asked = redaktor.put("/api/v1/publishing/posts/" + post + "/sponsorship", """
				{"budgetNok": 5000, "audience": "Foreldre", "goal": "", "startsOn": "%s", "endsOn": "%s"}"""
			.formatted(start, start.plusDays(7)));
		assertThat(asked.status()).as(asked.body()).isEqualTo(200);
		return post;
	}

}
