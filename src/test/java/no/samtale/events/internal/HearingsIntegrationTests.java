package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TimePasses;
import tools.jackson.databind.JsonNode;

/** Hearings: responses per section, for oneself or a unit one speaks for, approved by the unit's responsible person. */
class HearingsIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUnitsResponseCountsOnceItsResponsiblePersonApprovesAndTheSummaryQuotesIt() {
		Api admin = api().asDemo("admin");
		long hamar = unit("NAV Hamar");
		long oppland = unit("NAV Kontaktsenter Oppland");
		String body = """
				{"title": "Høring om nye skjema", "summary": "Forslag.", "deadline": "%s", "anonymousAllowed": true,
				 "sections": [{"title": "Skjema A", "body": "Nytt skjema."}, {"title": "Skjema B", "body": "Fjernes."}],
				 "units": [{"unitId": %d, "responsibleId": %d}, {"unitId": %d, "responsibleId": %d}]}
				""".formatted(Instant.now().plus(Duration.ofDays(3)), hamar, ForumSteps.userId(admin, "moderator2"), oppland,
				ForumSteps.userId(admin, "moderator"));
		Api.Response refused = api().asDemo("ansatt").post("/api/v1/hearings", body);
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		Api.Response created = api().asDemo("leder").post("/api/v1/hearings", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long hearing = created.json().path("id").asLong();
		JsonNode sections = api().asDemo("ansatt").get("/api/v1/hearings/" + hearing).json().path("sections");
		long a = sections.get(0).path("id").asLong();
		long b = sections.get(1).path("id").asLong();
		String answer = """
				{"unitId": %d, "answers": [{"sectionId": %d, "stance": "AGREE"},
				 {"sectionId": %d, "stance": "COMMENT", "comment": "Skjema B brukes fortsatt hos oss."}]}""";

		assertThat(api().asDemo("ansatt").post("/api/v1/hearings/" + hearing + "/responses",
				answer.formatted(oppland, a, b)).status()).isEqualTo(403);
		Api.Response given = api().asDemo("ansatt").post("/api/v1/hearings/" + hearing + "/responses",
				answer.formatted(hamar, a, b));
		assertThat(given.status()).as(given.body()).isEqualTo(201);
		assertThat(given.json().path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(summary(hearing).path("sections").get(0).path("agree").asInt()).isZero();

		assertThat(api().asDemo("ansatt").post("/api/v1/hearings/" + hearing + "/responses/" + given.json().path("id").asLong()
				+ "/approve", "").status()).isEqualTo(403);
		assertThat(api().asDemo("moderator2").post("/api/v1/hearings/" + hearing + "/responses/"
				+ given.json().path("id").asLong() + "/approve", "").status()).isEqualTo(204);
		Api.Response personal = api().asDemo("veileder1").post("/api/v1/hearings/" + hearing + "/responses",
				"{\"anonymous\": true, \"answers\": [{\"sectionId\": %d, \"stance\": \"DISAGREE\", \"comment\": \"Nei.\"}]}".formatted(a));
		assertThat(personal.status()).as(personal.body()).isEqualTo(201);

		JsonNode summary = summary(hearing);
		assertThat(summary.path("sections").get(0).path("agree").asInt()).isEqualTo(1);
		assertThat(summary.path("sections").get(0).path("disagree").asInt()).isEqualTo(1);
		assertThat(summary.path("sections").get(1).path("quotes").get(0).path("by").asString()).isEqualTo("NAV Hamar");
		assertThat(summary.toString()).contains("Anonym").doesNotContain("Ingrid Solheim");
		assertThat(summary.path("units").valueStream().map(u -> u.path("status").asString()))
			.containsExactlyInAnyOrder("ANSWERED", "NOT_ANSWERED");
	}

	@Test
	void noResponseAfterTheDeadline() {
		long hearing = api().asDemo("leder").post("/api/v1/hearings", """
				{"title": "Kort høring", "deadline": "%s", "anonymousAllowed": false, "sections": [{"title": "Alt"}]}
				""".formatted(Instant.now().plus(Duration.ofHours(1)))).json().path("id").asLong();
		long section = api().asDemo("ansatt").get("/api/v1/hearings/" + hearing).json().path("sections").get(0).path("id").asLong();
		TimePasses.past(jdbc, "events_hearing", "deadline", hearing);
		Api.Response late = api().asDemo("ansatt").post("/api/v1/hearings/" + hearing + "/responses",
				"{\"answers\": [{\"sectionId\": %d, \"stance\": \"AGREE\"}]}".formatted(section));
		assertThat(late.status()).as(late.body()).isEqualTo(409);
		assertThat(late.problemType()).isEqualTo("urn:samtale:problem:hearing-closed");
	}

	@Test
	void theDemoHearingHasTwoOfFiveUnitsAnswered() {
		JsonNode items = api().asDemo("ansatt").get("/api/v1/hearings").json().path("items");
		assertThat(items.valueStream().anyMatch(h -> h.path("unitsInvited").asInt() == 5 && h.path("unitsAnswered").asInt() == 2))
			.isTrue();
	}

	private JsonNode summary(long hearing) {
		return api().asDemo("leder").get("/api/v1/hearings/" + hearing + "/summary").json();
	}

	private long unit(String name) {
		for (JsonNode unit : api().asDemo("admin").get("/api/v1/units").json()) {
			if (unit.path("name").asString().equals(name)) {
				return unit.path("id").asLong();
			}
		}
		throw new AssertionError("no unit " + name);
	}


}
