package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * Exports in the background hold what the synchronous export holds and are fetched only by who asked; the monthly
 * PDF report of each team is made by the scheduler and kept.
 */
@AlsoOnTheEmbeddedDatabase
class BackgroundExportsIntegrationTests extends IntegrationTest {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Test
	void aBackgroundExportHoldsTheSameFileAsTheSynchronousOneAndOnlyItsAskerFetchesIt() {
		Api analyst = api().asDemo("analytiker");
		long account = AnalyticsIntegrationTests.account(api().asDemo("admin"), "NAV Foreldrepenger", "FACEBOOK");
		LocalDate to = LocalDate.now(OSLO).minusDays(1);
		LocalDate from = to.minusDays(364);

		Api.Response asked = analyst.post("/api/v1/analytics/exports", """
				{"kind": "ACCOUNT_DAILY", "accountId": %d, "from": "%s", "to": "%s", "format": "csv"}
				""".formatted(account, from, to));
		assertThat(asked.status()).as(asked.body()).isEqualTo(202);
		long id = asked.json().path("id").asLong();
		await().atMost(Duration.ofSeconds(90))
			.until(() -> analyst.get("/api/v1/analytics/exports/" + id).json().path("state").asString(), "READY"::equals);

		Api.Response file = analyst.getAny("/api/v1/analytics/exports/" + id + "/file");
		String synchronous = analyst.getAny("/api/v1/analytics/accounts/" + account + "/daily?from=" + from + "&to=" + to
				+ "&format=csv").body();
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body()).isEqualTo(synchronous);
		assertThat(api().asDemo("admin").get("/api/v1/analytics/exports/" + id).status()).isEqualTo(404);
		JsonNode logged = api().asDemo("admin")
			.get("/api/v1/privacy/access-log?username=analytiker&action=EXPORT&subjectId=" + id)
			.json();
		assertThat(logged.path("items").size()).as("asked and fetched").isGreaterThanOrEqualTo(2);
	}

	@Test
	void badExportRequestsAreNamedByField() {
		Api analyst = api().asDemo("analytiker");
		long account = AnalyticsIntegrationTests.account(api().asDemo("admin"), "NAV Foreldrepenger", "FACEBOOK");
		String path = "/api/v1/analytics/exports";

		assertField(analyst.post(path, "{\"kind\": \"EVERYTHING\", \"format\": \"csv\"}"), "kind");
		assertField(analyst.post(path, "{\"kind\": \"ACCOUNT_DAILY\", \"accountId\": " + account
				+ ", \"format\": \"json\"}"), "format");
		assertField(analyst.post(path, "{\"kind\": \"ACCOUNT_DAILY\", \"format\": \"csv\"}"), "accountId");
		assertField(analyst.post(path, "{\"kind\": \"ACCOUNT_DAILY\", \"accountId\": " + account
				+ ", \"from\": \"2026-03-01\", \"to\": \"2026-02-01\", \"format\": \"xlsx\"}"), "to");
		assertField(analyst.post(path, "{\"kind\": \"FORUM_MONTHLY\", \"from\": \"2026-13\", \"format\": \"csv\"}"),
				"from");
		assertThat(api().asDemo("veileder2").post(path, "{\"kind\": \"ACCOUNT_DAILY\", \"accountId\": " + account
				+ ", \"format\": \"csv\"}").status()).isEqualTo(404);
		assertThat(analyst.getAny("/api/v1/analytics/exports/987654321/file").status()).isEqualTo(404);
	}

	@Test
	void eachTeamsMonthlyReportForLastMonthIsKeptAndDownloaded() {
		Api analyst = api().asDemo("analytiker");
		long team = analyst.get("/api/v1/analytics/scope").json().path("teams").get(0).path("id").asLong();
		String last = YearMonth.now(OSLO).minusMonths(1).toString();

		await().atMost(Duration.ofSeconds(180))
			.until(() -> analyst.get("/api/v1/analytics/teams/" + team + "/reports").json().findValuesAsString("month"),
					months -> months.contains(last));
		Api.Response pdf = analyst.getAny("/api/v1/analytics/teams/" + team + "/reports/" + last);

		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF");
		assertThat(analyst.getAny("/api/v1/analytics/teams/" + team + "/reports/mars").status()).isEqualTo(400);
		assertThat(analyst.getAny("/api/v1/analytics/teams/" + team + "/reports/1999-01").status()).isEqualTo(404);
		assertThat(api().asDemo("ansatt").get("/api/v1/analytics/teams/" + team + "/reports").status()).isEqualTo(404);
	}

	private static void assertField(Api.Response response, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().path("field").asString()).isEqualTo(field);
	}

}
