package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** The wheel exported as CSV and imported into another team, all or nothing. */
class PublishingWheelCsvIntegrationTests extends IntegrationTest {

	@Test
	void aWheelExportedImportsIntoAnotherTeamAndABadLineAddsNothing() {
		Api admin = api().asDemo("admin");
		long from = team("NAV Foreldrepenger");
		long to = admin.post("/api/v1/teams", "{\"name\": \"Team " + TestText.unique() + "\"}").json().path("id").asLong();

		Api.Response exported = admin.get("/api/v1/publishing/teams/" + from + "/wheel/2027/csv");
		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.contentType()).startsWith("text/csv");
		assertThat(exported.body()).startsWith(ThemeCsv.HEADER).contains("G-regulering");
		// Accounts belong to one team: the copy for another team leaves them out.
		String withoutAccounts = String.join("\r\n", exported.body().lines()
			.map(line -> line.replaceAll(",\"?[0-9 |]+\"?,(MONTHS|WEEKS),", ",,$1,"))
			.toList());

		Api.Response bad = admin.send("POST", "/api/v1/publishing/teams/" + to + "/wheel/csv", "text/csv",
				withoutAccounts + "\r\nUgyldig,,,,,DAYS,1,2,\r\n");
		assertThat(bad.status()).as(bad.body()).isEqualTo(400);
		assertThat(bad.json().path("field").asString()).startsWith("csv[").endsWith("].period.unit");
		for (JsonNode theme : admin.get("/api/v1/publishing/wheel?year=2027").json().path("themes")) {
			assertThat(theme.path("teamId").asLong()).as("nothing of a refused file is kept").isNotEqualTo(to);
		}

		Api.Response imported = admin.send("POST", "/api/v1/publishing/teams/" + to + "/wheel/csv", "text/csv",
				withoutAccounts);
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(imported.json().path("themes").size()).isGreaterThanOrEqualTo(12);
	}

	private long team(String name) {
		for (JsonNode t : api().asDemo("admin").get("/api/v1/channels/teams").json()) {
			if (t.path("name").asString().equals(name)) {
				return t.path("id").asLong();
			}
		}
		throw new AssertionError("No team " + name);
	}

}
