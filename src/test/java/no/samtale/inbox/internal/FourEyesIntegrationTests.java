package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Nothing leaves before the partner has checked it; the author never checks their own reply. */
@AlsoOnTheEmbeddedDatabase
class FourEyesIntegrationTests extends IntegrationTest {

	@Test
	void aReplyWaitsForThePartnerAndIsSentOnceWhenApproved() {
		Api admin = api().asDemo("admin");
		Api author = api().asDemo("veileder1");
		Api partner = api().asDemo("veileder2");
		long conversation = Inbox.citizenComments(admin, "Når kommer pengene mine?");

		Api.Response drafted = author.post("/api/v1/inbox/conversations/" + conversation + "/replies",
				"{\"body\": \"Hei! Utbetalingen kommer innen den 25.\", \"visibility\": \"PUBLIC\"}");
		assertThat(drafted.status()).isEqualTo(201);
		assertThat(drafted.json().path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		long reply = drafted.json().path("id").asLong();
		assertThat(Inbox.conversation(author, conversation).path("status").asString()).isEqualTo("AWAITING_APPROVAL");

		Api.Response ownApproval = author.post("/api/v1/approvals/" + reply + "/approve", "");
		assertThat(ownApproval.status()).isEqualTo(403);
		assertThat(ownApproval.problemType()).isEqualTo("urn:samtale:problem:own-approval");

		JsonNode queue = partner.get("/api/v1/approvals").json().path("items");
		assertThat(queue.findValuesAsString("body")).contains("Hei! Utbetalingen kommer innen den 25.");

		Api.Response approved = partner.post("/api/v1/approvals/" + reply + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		Api.Response again = partner.post("/api/v1/approvals/" + reply + "/approve", "");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("urn:samtale:problem:approval-decided");

		Inbox.awaitReplyStatus(author, conversation, reply, "SENT");
		JsonNode shown = Inbox.conversation(author, conversation);
		assertThat(shown.path("status").asString()).isEqualTo("ANSWERED");
		assertThat(shown.path("firstResponseAt").isNull()).isFalse();
		assertThat(shown.path("messages").findValuesAsString("direction")).containsExactly("IN", "OUT");
		assertThat(shown.path("audit").findValuesAsString("action")).contains("RECEIVED", "REPLY_DRAFTED",
				"REPLY_APPROVED", "REPLY_SENT");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, Inbox.SIMULATED);
		JsonNode sent = admin.get("/api/v1/channels/accounts/" + account + "/simulator/sent?size=200").json();
		assertThat(sent.path("items").findValuesAsString("body")
			.stream()
			.filter("Hei! Utbetalingen kommer innen den 25."::equals)).hasSize(1);
	}

	@Test
	void thePartnerMayEditAndTheEditIsRecorded() {
		Api admin = api().asDemo("admin");
		long conversation = Inbox.citizenComments(admin, "Må jeg søke på nytt?");
		long reply = Inbox.reply(api().asDemo("veileder2"), conversation, "Nei.", "PUBLIC");

		Api.Response approved = api().asDemo("veileder1").post("/api/v1/approvals/" + reply + "/approve",
				"{\"body\": \"Nei, du trenger ikke søke på nytt. Endringen gjør du på nav.no.\"}");

		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().path("edited").asBoolean()).isTrue();
		assertThat(approved.json().path("body").asString()).startsWith("Nei, du trenger ikke");
		assertThat(approved.json().path("approver").path("name").asString()).isEqualTo("Ingrid Solheim");
		assertThat(Inbox.conversation(admin, conversation).path("audit").findValuesAsString("action"))
			.contains("REPLY_EDITED", "REPLY_APPROVED");
	}

	@Test
	void aReplySentBackGoesToItsAuthorWhoRewordsIt() {
		Api admin = api().asDemo("admin");
		Api author = api().asDemo("veileder1");
		long conversation = Inbox.citizenComments(admin, "Får man feriepenger?");
		long reply = Inbox.reply(author, conversation, "Nei.", "PUBLIC");

		Api.Response empty = api().asDemo("veileder2").post("/api/v1/approvals/" + reply + "/reject", "{\"comment\": \"\"}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").findValuesAsString("field")).contains("comment");

		Api.Response rejected = api().asDemo("veileder2").post("/api/v1/approvals/" + reply + "/reject",
				"{\"comment\": \"For kort, forklar reglene.\"}");
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().path("rejectionComment").asString()).isEqualTo("For kort, forklar reglene.");
		assertThat(rejected.json().path("canEdit").asBoolean()).isFalse();
		assertThat(Inbox.replyIn(author, conversation, reply).path("canEdit").asBoolean()).isTrue();

		Api.Response byOther = api().asDemo("veileder2").put("/api/v1/inbox/replies/" + reply, "{\"body\": \"Annet\"}");
		assertThat(byOther.status()).isEqualTo(403);
		Api.Response reworded = author.put("/api/v1/inbox/replies/" + reply,
				"{\"body\": \"Feriepenger opptjenes ikke av foreldrepenger, men arbeidsgiver kan ha egne ordninger.\"}");
		assertThat(reworded.status()).isEqualTo(200);
		assertThat(reworded.json().path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(Inbox.conversation(author, conversation).path("audit").findValuesAsString("action"))
			.contains("REPLY_REJECTED", "REPLY_RESUBMITTED");
	}

	@Test
	void advisorsOfOtherTeamsNeitherSeeNorApprove() {
		Api admin = api().asDemo("admin");
		long conversation = Inbox.citizenComments(admin, "Hvem ser dette?");
		long reply = Inbox.reply(api().asDemo("veileder1"), conversation, "Vi gjør det.", "PUBLIC");
		Api outsider = api().asDemo("veileder4");

		assertThat(outsider.get("/api/v1/inbox/conversations/" + conversation).status()).isEqualTo(404);
		assertThat(outsider.post("/api/v1/approvals/" + reply + "/approve", "").status()).isEqualTo(404);
		assertThat(outsider.get("/api/v1/approvals").json().path("items").findValuesAsString("body"))
			.doesNotContain("Vi gjør det.");
		assertThat(api().asDemo("ansatt").get("/api/v1/inbox/conversations").json().path("totalElements").asLong())
			.isZero();
		assertThat(api().asDemo("admin").post("/api/v1/approvals/" + reply + "/approve", "").status()).isEqualTo(403);
	}

	@Test
	void theDemoHasRepliesWaitingForEachPartner() {
		JsonNode forOne = api().asDemo("veileder1").get("/api/v1/approvals").json().path("items");
		JsonNode forTwo = api().asDemo("veileder2").get("/api/v1/approvals").json().path("items");

		assertThat(forOne.size()).isPositive();
		boolean oneMayApproveAReplyOfTwo = false;
		for (JsonNode item : forOne) {
			if (item.path("author").path("name").asString().equals("Ola Bergstrøm")) {
				oneMayApproveAReplyOfTwo |= item.path("canApprove").asBoolean();
			}
			else if (item.path("author").path("name").asString().equals("Ingrid Solheim")) {
				assertThat(item.path("canApprove").asBoolean()).isFalse();
			}
		}
		assertThat(oneMayApproveAReplyOfTwo).isTrue();
		assertThat(forTwo.size()).isEqualTo(forOne.size());
		JsonNode counts = api().asDemo("veileder1").get("/api/v1/inbox/counts").json();
		assertThat(counts.path("awaitingMyApproval").asLong()).isPositive();
		assertThat(counts.path("byStatus").path("NEW").asLong()).isPositive();
	}

}
