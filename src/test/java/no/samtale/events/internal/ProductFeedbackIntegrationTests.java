package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Product feedback: tagged with a service, worked by the service's team, answered and marked as a change. */
class ProductFeedbackIntegrationTests extends IntegrationTest {

	@Test
	void feedbackIsTaggedWithItsServiceAndTheTeamAnswersAndMarksAChange() {
		long service = service("Digital søknad om foreldrepenger");
		Api employee = api().asDemo("ansatt2");
		String text = "Knappen for å sende er skjult på mobil " + System.nanoTime();
		Api.Response given = employee.post("/api/v1/feedback", "{\"serviceId\": %d, \"body\": \"%s\"}".formatted(service, text));
		assertThat(given.status()).as(given.body()).isEqualTo(201);
		long id = given.json().path("id").asLong();

		assertThat(employee.get("/api/v1/feedback/services/" + service + "/queue").status()).as("not on the team")
			.isEqualTo(403);
		Api team = api().asDemo("veileder1");
		JsonNode queue = team.get("/api/v1/feedback/services/" + service + "/queue").json();
		assertThat(queue.path("items").get(0).path("body").asString()).as("waiting first, newest first").isEqualTo(text);
		int waiting = queue.path("counts").path("waiting").asInt();
		assertThat(queue.path("weeks").size()).isEqualTo(Feedback.WEEKS);
		assertThat(queue.path("weeks").get(Feedback.WEEKS - 1).path("count").asInt()).isPositive();

		assertThat(employee.post("/api/v1/feedback/" + id + "/answer", "{\"body\": \"Nei\"}").status()).isEqualTo(403);
		assertThat(team.post("/api/v1/feedback/" + id + "/answer", "{\"body\": \"\"}").status()).isEqualTo(400);
		assertThat(team.post("/api/v1/feedback/" + id + "/answer", "{\"body\": \"Takk, vi ser på det.\"}").status())
			.isEqualTo(204);
		Api.Response noNote = team.post("/api/v1/feedback/" + id + "/change", "{\"note\": \" \"}");
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(noNote.body()).contains("note");
		assertThat(team.post("/api/v1/feedback/" + id + "/change", "{\"note\": \"Knappen ligger nå fast nederst.\"}").status())
			.isEqualTo(204);
		assertThat(team.post("/api/v1/feedback/" + id + "/change", "{\"note\": \"Igjen.\"}").problemType())
			.isEqualTo("urn:samtale:problem:feedback-state");

		JsonNode after = team.get("/api/v1/feedback/services/" + service + "/queue").json().path("counts");
		assertThat(after.path("waiting").asInt()).isEqualTo(waiting - 1);
		JsonNode mine = employee.get("/api/v1/feedback/mine").json().path("items").get(0);
		assertThat(mine.path("status").asString()).isEqualTo("LED_TO_CHANGE");
		assertThat(mine.path("answer").asString()).isEqualTo("Takk, vi ser på det.");
		assertThat(mine.path("changeNote").asString()).isEqualTo("Knappen ligger nå fast nederst.");
		assertThat(mine.path("serviceName").asString()).isEqualTo("Digital søknad om foreldrepenger");
	}

	@Test
	void badFeedbackIsRefusedWithNothingWritten() {
		long service = service("Digital sykmelding");
		Api employee = api().asDemo("ansatt3");
		int before = employee.get("/api/v1/feedback/mine").json().path("items").size();
		assertThat(employee.post("/api/v1/feedback", "{\"serviceId\": %d, \"body\": \"  \"}".formatted(service)).status())
			.isEqualTo(400);
		assertThat(employee.post("/api/v1/feedback", "{\"serviceId\": %d, \"body\": \"%s\"}".formatted(service, "x".repeat(4001)))
			.status()).isEqualTo(400);
		Api.Response unknown = employee.post("/api/v1/feedback", "{\"serviceId\": 999999999, \"body\": \"Hei\"}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("serviceId");
		assertThat(employee.post("/api/v1/feedback", "{\"serviceId\": %d, \"body\": \"Gjelder 15088510140\"}".formatted(service))
			.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(employee.get("/api/v1/feedback/mine").json().path("items").size()).isEqualTo(before);

		assertThat(employee.post("/api/v1/feedback/services", "{\"name\": \"Ny tjeneste\", \"teamId\": 1}").status())
			.isEqualTo(403);
		assertThat(api().asDemo("admin").post("/api/v1/feedback/services", "{\"name\": \"Ny tjeneste\", \"teamId\": 999999999}")
			.status()).isEqualTo(400);
		assertThat(api().asDemo("admin").post("/api/v1/feedback/services", "{\"name\": \"Digital sykmelding\", \"teamId\": %d}"
			.formatted(api().asDemo("admin").get("/api/v1/teams").json().get(0).path("id").asLong())).problemType())
			.isEqualTo("urn:samtale:problem:service-exists");
	}

	private long service(String name) {
		for (JsonNode service : api().asDemo("ansatt").get("/api/v1/feedback/services").json().path("items")) {
			if (service.path("name").asString().equals(name)) {
				return service.path("id").asLong();
			}
		}
		throw new AssertionError("the demo has no service " + name);
	}

}
