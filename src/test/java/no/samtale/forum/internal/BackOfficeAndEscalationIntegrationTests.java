package no.samtale.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** The back office the asker never sees, and questions of principle lifted to a directorate department. */
class BackOfficeAndEscalationIntegrationTests extends IntegrationTest {

	@Test
	void theBackOfficeIsForStaffOnly() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Bakrom", "Et vanskelig spørsmål");

		Api.Response note = api().asDemo("moderator").post("/api/v1/discussions/" + discussion + "/back-office",
				"{\"body\": \"Per, kan du se på denne?\"}");
		Api.Response expertReads = api().asDemo("fagperson").get("/api/v1/discussions/" + discussion + "/back-office");
		Api.Response askerReads = api().asDemo("ansatt").get("/api/v1/discussions/" + discussion + "/back-office");
		long noteId = note.json().path("id").asLong();

		assertThat(note.status()).isEqualTo(201);
		assertThat(expertReads.body()).contains("Per, kan du se på denne?");
		assertThat(askerReads.status()).isEqualTo(403);
		assertThat(api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).body())
			.doesNotContain("Per, kan du se på denne?");
		assertThat(api().asDemo("ansatt").get("/api/v1/messages/" + noteId + "/revisions").status()).isEqualTo(404);
	}

	@Test
	void aQuestionOfPrincipleGoesToADepartmentAndItsAnswerComesBack() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Uklar regel", "Hvordan samordnes to ytelser?");
		long office = Forum.unit(api().asDemo("ansatt"), "NAV Hamar");
		long department = Forum.unit(api().asDemo("ansatt"), "Ytelsesavdelingen – regelverk");

		Api.Response toOffice = api().asDemo("moderator").post("/api/v1/discussions/" + discussion + "/escalations",
				"{\"departmentId\": " + office + ", \"summary\": \"Uklart\"}");
		Api.Response byAsker = api().asDemo("ansatt").post("/api/v1/discussions/" + discussion + "/escalations",
				"{\"departmentId\": " + department + ", \"summary\": \"Uklart\"}");
		assertThat(toOffice.status()).isEqualTo(400);
		assertThat(toOffice.json().path("field").asString()).isEqualTo("departmentId");
		assertThat(byAsker.status()).isEqualTo(403);

		Api.Response raised = api().asDemo("moderator").post("/api/v1/discussions/" + discussion + "/escalations", """
				{"departmentId": %d, "summary": "Regelen gir ulik praksis mellom kontorene", "deadline": "%s"}"""
			.formatted(department, LocalDate.now().plusDays(7)));
		long escalation = raised.json().path("id").asLong();
		assertThat(raised.status()).isEqualTo(201);
		assertThat(raised.json().path("state").asString()).isEqualTo("RAISED");
		assertThat(api().asDemo("moderator").post("/api/v1/discussions/" + discussion + "/escalations",
				"{\"departmentId\": " + department + ", \"summary\": \"Igjen\"}").status()).isEqualTo(409);

		Api department_ = api().asDemo("fagperson2");
		assertThat(department_.get("/api/v1/escalations?state=RAISED").json().path("items").findValuesAsString("summary"))
			.contains("Regelen gir ulik praksis mellom kontorene");
		assertThat(api().asDemo("ansatt").get("/api/v1/escalations/" + escalation).status()).isEqualTo(404);
		assertThat(api().asDemo("moderator").post("/api/v1/escalations/" + escalation + "/answer",
				"{\"answer\": \"Moderatoren svarer ikke\"}").status()).isEqualTo(403);

		assertThat(department_.post("/api/v1/escalations/" + escalation + "/acknowledge", null).json().path("state")
			.asString()).isEqualTo("ACKNOWLEDGED");
		JsonNode answered = department_.post("/api/v1/escalations/" + escalation + "/answer",
				"{\"answer\": \"Direktoratet avklarer: ytelsene samordnes etter § 11-27.\"}").json();
		assertThat(answered.path("state").asString()).isEqualTo("ANSWERED");
		assertThat(department_.post("/api/v1/escalations/" + escalation + "/acknowledge", null).problemType())
			.isEqualTo("urn:samtale:problem:escalation-state");

		JsonNode thread = api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).json();
		assertThat(thread.path("messages").findValuesAsString("body"))
			.contains("Direktoratet avklarer: ytelsene samordnes etter § 11-27.");
		assertThat(thread.path("escalation").path("state").asString()).isEqualTo("ANSWERED");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				api().asDemo("ansatt").get("/api/v1/notifications").json().path("items").findValuesAsString("text"))
			.contains("Uklar regel"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				api().asDemo("moderator").get("/api/v1/notifications").json().path("items").findValuesAsString("kind"))
			.contains("ESCALATION_ANSWERED"));
	}

	@Test
	void theDemoHasOneOpenEscalationInTheDepartmentsQueue() {
		JsonNode queue = api().asDemo("fagperson").get("/api/v1/escalations").json();

		assertThat(queue.path("items").findValuesAsString("state")).contains("RAISED");
	}

	@Test
	void aReportedMessageIsRemovedByTheModeratorWithAReason() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Rapport", "Et spørsmål");
		long reply = Forum.reply(api().asDemo("veileder2"), discussion, "Et upassende svar");

		Api.Response reported = api().asDemo("ansatt").post("/api/v1/messages/" + reply + "/reports",
				"{\"reason\": \"Upassende\"}");
		assertThat(reported.status()).isEqualTo(201);
		long report = reported.json().path("id").asLong();
		assertThat(api().asDemo("moderator").get("/api/v1/moderation/reports").json().path("items").findValuesAsString("reason"))
			.contains("Upassende");
		assertThat(api().asDemo("ansatt").post("/api/v1/moderation/reports/" + report + "/resolve",
				"{\"action\": \"REMOVE\", \"reason\": \"Nei\"}").status()).isEqualTo(403);

		JsonNode resolved = api().asDemo("moderator").post("/api/v1/moderation/reports/" + report + "/resolve",
				"{\"action\": \"REMOVE\", \"reason\": \"Bryter med retningslinjene\"}").json();

		assertThat(resolved.path("status").asString()).isEqualTo("REMOVED");
		JsonNode removed = api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).json().path("messages").get(1);
		assertThat(removed.path("removed").asBoolean()).isTrue();
		assertThat(removed.path("body").asString()).isEmpty();
		assertThat(removed.path("removalReason").asString()).isEqualTo("Bryter med retningslinjene");
		assertThat(api().asDemo("moderator").get("/api/v1/spaces/" + space + "/audit").json().path("items")
			.findValuesAsString("action")).contains("REMOVE_MESSAGE");
	}

	@Test
	void anEscalationRaisedWithoutADeadlineHasNoneAndIsNeverOverdue() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long department = Forum.unit(api().asDemo("ansatt"), "Ytelsesavdelingen – regelverk");
		long withNull = Forum.ask(api().asDemo("ansatt"), space, "Uten frist", "Et prinsipielt spørsmål uten hastverk");
		long leftOut = Forum.ask(api().asDemo("ansatt"), space, "Heller ingen frist", "Enda et prinsipielt spørsmål");

		Api.Response nullDeadline = api().asDemo("moderator").post("/api/v1/discussions/" + withNull + "/escalations",
				"{\"departmentId\": " + department + ", \"summary\": \"Ingen frist satt\", \"deadline\": null}");
		Api.Response noDeadline = api().asDemo("moderator").post("/api/v1/discussions/" + leftOut + "/escalations",
				"{\"departmentId\": " + department + ", \"summary\": \"Frist utelatt\"}");

		for (Api.Response raised : new Api.Response[] { nullDeadline, noDeadline }) {
			assertThat(raised.status()).as(raised.body()).isEqualTo(201);
			assertThat(raised.json().path("deadline").isNull()).as(raised.body()).isTrue();
			assertThat(raised.json().path("overdue").asBoolean()).isFalse();
		}
		JsonNode queue = api().asDemo("fagperson2").get("/api/v1/escalations?state=RAISED&size=200").json().path("items");
		assertThat(queue.findValuesAsString("summary")).contains("Ingen frist satt", "Frist utelatt");
	}

}
