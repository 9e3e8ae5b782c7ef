package no.samtale.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Service complaints over real HTTP: registered by an office employee, listed masked for handlers, answered through
 * four eyes (the author cannot approve their own response: 403), sent back and reworded, and counted in the figures.
 */
class ComplaintsIntegrationTests extends IntegrationTest {

	@Test
	void aResponseIsCheckedByASecondHandlerBeforeTheComplaintIsAnswered() {
		long id = register("Jeg ventet i telefonkøen i en time. Ring meg på 412 34 567.");
		Api author = api().asDemo("veileder1");
		JsonNode listed = author.get("/api/v1/complaints?status=RECEIVED&size=200").json();
		JsonNode summary = listed.path("items").valueStream().filter(c -> c.path("id").asLong() == id).findFirst().orElseThrow();
		assertThat(summary.path("excerpt").asString()).contains("••• •• •••").doesNotContain("412 34 567");
		JsonNode full = author.get("/api/v1/complaints/" + id).json();
		assertThat(full.path("text").asString()).contains("412 34 567");
		assertThat(full.path("personalData").size()).isPositive();

		Api.Response drafted = author.post("/api/v1/complaints/" + id + "/response",
				"{\"response\": \"Vi beklager ventetiden og har styrket bemanningen.\"}");
		assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
		assertThat(drafted.json().path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(drafted.json().path("response").path("mayApprove").asBoolean()).isFalse();

		Api.Response own = author.post("/api/v1/complaints/" + id + "/response/approve", "");
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.problemType()).isEqualTo("urn:samtale:problem:own-approval");
		assertThat(api().asDemo("veileder4").post("/api/v1/complaints/" + id + "/response/approve", "").status())
			.as("a handler of another team").isEqualTo(403);

		Api.Response approved = api().asDemo("veileder2").post("/api/v1/complaints/" + id + "/response/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().path("status").asString()).isEqualTo("ANSWERED");
		assertThat(approved.json().path("answer").asString()).startsWith("Vi beklager ventetiden");
		Api.Response again = author.post("/api/v1/complaints/" + id + "/response", "{\"response\": \"Endret\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("urn:samtale:problem:complaint-answered");
	}

	@Test
	void aResponseSentBackIsRewordedByItsAuthorAndReviewedAgain() {
		long id = register("Kontoret sendte meg hjem, men jeg trenger tolk for å ringe.");
		Api author = api().asDemo("veileder1");
		author.post("/api/v1/complaints/" + id + "/response", "{\"response\": \"Beklager.\"}");
		Api partner = api().asDemo("veileder3");
		assertThat(partner.post("/api/v1/complaints/" + id + "/response/reject", "{\"comment\": \"\"}").status())
			.isEqualTo(400);
		JsonNode sentBack = partner
			.post("/api/v1/complaints/" + id + "/response/reject", "{\"comment\": \"Nevn tolketjenesten.\"}")
			.json();
		assertThat(sentBack.path("status").asString()).isEqualTo("IN_PROGRESS");
		JsonNode seen = author.get("/api/v1/complaints/" + id).json();
		assertThat(seen.path("response").path("rejectionComment").asString()).isEqualTo("Nevn tolketjenesten.");
		assertThat(seen.path("response").path("mayReword").asBoolean()).isTrue();
		assertThat(partner.post("/api/v1/complaints/" + id + "/response", "{\"response\": \"Min tekst\"}").status())
			.as("only the author rewords").isEqualTo(403);
		JsonNode reworded = author.post("/api/v1/complaints/" + id + "/response",
				"{\"response\": \"Beklager. Kontoret hjelper deg å ringe med tolk fra tolketjenesten.\"}").json();
		assertThat(reworded.path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(partner.post("/api/v1/complaints/" + id + "/response/approve", "").json().path("status").asString())
			.isEqualTo("ANSWERED");
	}

	@Test
	void badComplaintsAreRefusedNamingTheFieldAndOnlyHandlersReadThem() {
		Api office = api().asDemo("ansatt");
		Api.Response topic = office.post("/api/v1/complaints",
				"{\"channel\": \"PHONE\", \"topic\": \"romfart\", \"classification\": \"WAIT_TIME\", \"text\": \"Lang kø\"}");
		assertThat(topic.status()).isEqualTo(400);
		assertThat(topic.json().path("errors").get(0).path("field").asString()).isEqualTo("topic");
		Api.Response deadline = office.post("/api/v1/complaints", """
				{"channel": "PHONE", "topic": "pensjon", "classification": "WAIT_TIME", "text": "Lang kø",
				 "receivedOn": "%s", "deadline": "%s"}
				""".formatted(LocalDate.now().minusDays(2), LocalDate.now().minusDays(5)));
		assertThat(deadline.status()).isEqualTo(400);
		assertThat(deadline.json().path("errors").get(0).path("field").asString()).isEqualTo("deadline");
		assertThat(office.post("/api/v1/complaints",
				"{\"channel\": \"PHONE\", \"topic\": \"pensjon\", \"classification\": \"WAIT_TIME\", \"text\": \" \"}")
			.status()).isEqualTo(400);
		Api.Response status = api().asDemo("veileder1").get("/api/v1/complaints?status=LOST");
		assertThat(status.status()).isEqualTo(400);
		assertThat(status.json().path("errors").get(0).path("field").asString()).isEqualTo("status");
		assertThat(office.get("/api/v1/complaints").status()).isEqualTo(403);
		assertThat(api().asDemo("veileder1").get("/api/v1/complaints/999999").status()).isEqualTo(404);
	}

	@Test
	void theFiguresCountWhatPeopleComplainAboutPerChannelAndMonth() {
		Api analyst = api().asDemo("analytiker");
		long before = analyst.get("/api/v1/complaints/figures").json().path("total").asLong();
		register("Søknaden lot seg ikke sende.");
		JsonNode figures = analyst.get("/api/v1/complaints/figures").json();
		assertThat(figures.path("total").asLong()).isEqualTo(before + 1);
		assertThat(figures.path("byChannel").valueStream().map(r -> r.path("key").asString())).contains("PHONE");
		assertThat(api().asDemo("ansatt").get("/api/v1/complaints/figures").status()).isEqualTo(403);
	}

	private long register(String text) {
		Api.Response registered = api().asDemo("ansatt").post("/api/v1/complaints", """
				{"channel": "PHONE", "topic": "dagpenger", "classification": "WAIT_TIME", "text": "%s"}
				""".formatted(text));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.json().path("status").asString()).isEqualTo("RECEIVED");
		return registered.json().path("id").asLong();
	}

}
