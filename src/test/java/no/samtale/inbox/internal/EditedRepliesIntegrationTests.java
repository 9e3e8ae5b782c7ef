package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** An approver who edits a reply wrote it: the edit goes back to the author, or to a third member, before it leaves. */
class EditedRepliesIntegrationTests extends IntegrationTest {

	@Test
	void anEditedReplyGoesBackToItsAuthorWhoSeesTheChangeAndAcceptsIt() {
		Api admin = api().asDemo("admin");
		Api author = api().asDemo("veileder1");
		Api partner = api().asDemo("veileder2");
		long conversation = Inbox.citizenComments(admin, "Kan jeg ta ut ferie i permisjonen? " + TestText.unique());
		long reply = Inbox.reply(author, conversation, "Ja.", "PUBLIC");
		String edit = "Ja, men da må du utsette foreldrepengene. Det søker du om på nav.no. " + TestText.unique();

		Api.Response edited = partner.post("/api/v1/approvals/" + reply + "/approve", "{\"body\": \"" + edit + "\"}");

		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(edited.json().path("body").asString()).isEqualTo(edit);
		assertThat(edited.json().path("proposedEdit").path("by").path("name").asString()).isEqualTo("Ola Bergstrøm");
		assertThat(edited.json().path("proposedEdit").path("previousBody").asString()).isEqualTo("Ja.");
		assertThat(edited.json().path("canApprove").asBoolean()).isFalse();
		Api.Response ownEdit = partner.post("/api/v1/approvals/" + reply + "/approve", "");
		assertThat(ownEdit.status()).isEqualTo(403);
		assertThat(ownEdit.problemType()).isEqualTo("urn:samtale:problem:own-approval");
		assertThat(sentToTheSimulator(admin, edit)).as("nothing left before the author agreed").isZero();

		JsonNode seen = Inbox.replyIn(author, conversation, reply);
		assertThat(seen.path("canAcceptEdit").asBoolean()).isTrue();
		assertThat(seen.path("canEdit").asBoolean()).isTrue();
		assertThat(waitingFor(author, reply).path("canAcceptEdit").asBoolean()).as("in the author's queue").isTrue();
		Api.Response accepted = author.post("/api/v1/approvals/" + reply + "/approve", "");

		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().path("edited").asBoolean()).isTrue();
		assertThat(accepted.json().path("approver").path("name").asString()).isEqualTo("Ola Bergstrøm");
		Inbox.awaitReplyStatus(author, conversation, reply, "SENT");
		assertThat(sentToTheSimulator(admin, edit)).isEqualTo(1);
		assertThat(Inbox.conversation(author, conversation).path("audit").findValuesAsString("action"))
			.containsSubsequence("REPLY_DRAFTED", "REPLY_EDIT_PROPOSED", "REPLY_EDIT_ACCEPTED", "REPLY_SENT");
	}

	@Test
	void aThirdMemberOfTheTeamMayApproveTheEditInsteadOfTheAuthor() {
		Api admin = api().asDemo("admin");
		long conversation = Inbox.citizenComments(admin, "Hvor lenge varer permisjonen? " + TestText.unique());
		long reply = Inbox.reply(api().asDemo("veileder1"), conversation, "Lenge.", "PUBLIC");
		api().asDemo("veileder2").post("/api/v1/approvals/" + reply + "/approve",
				"{\"body\": \"Det avhenger av dekningsgraden du velger: 100 eller 80 prosent.\"}");

		Api.Response third = api().asDemo("veileder3").post("/api/v1/approvals/" + reply + "/approve", "");

		assertThat(third.status()).as(third.body()).isEqualTo(200);
		assertThat(third.json().path("status").asString()).isIn("APPROVED", "SENT");
		assertThat(third.json().path("approver").path("name").asString())
			.isEqualTo(api().asDemo("veileder3").get("/api/v1/me").json().path("name").asString());
		assertThat(Inbox.conversation(admin, conversation).path("audit").findValuesAsString("action"))
			.contains("REPLY_EDIT_PROPOSED", "REPLY_APPROVED");
	}

	@Test
	void theAuthorMayRewriteInsteadOfAcceptingAndThePartnerChecksTheRewrite() {
		Api admin = api().asDemo("admin");
		Api author = api().asDemo("veileder1");
		long conversation = Inbox.citizenComments(admin, "Får jeg engangsstønad? " + TestText.unique());
		long reply = Inbox.reply(author, conversation, "Kanskje.", "PUBLIC");
		api().asDemo("veileder2").post("/api/v1/approvals/" + reply + "/approve", "{\"body\": \"Nei.\"}");

		Api.Response rewritten = author.put("/api/v1/inbox/replies/" + reply,
				"{\"body\": \"Det kommer an på om du har rett til foreldrepenger. Se nav.no/engangsstonad.\"}");
		Api.Response byAuthor = author.post("/api/v1/approvals/" + reply + "/approve", "");
		Api.Response byPartner = api().asDemo("veileder2").post("/api/v1/approvals/" + reply + "/approve", "");

		assertThat(rewritten.status()).as(rewritten.body()).isEqualTo(200);
		assertThat(rewritten.json().path("proposedEdit").isNull()).isTrue();
		assertThat(byAuthor.problemType()).isEqualTo("urn:samtale:problem:own-approval");
		assertThat(byPartner.status()).isEqualTo(200);
		assertThat(byPartner.json().path("edited").asBoolean()).isFalse();
	}

	@Test
	void theAuthorAnswersAnEditByAcceptingOrRewordingNotBySendingItBack() {
		Api admin = api().asDemo("admin");
		Api author = api().asDemo("veileder1");
		long conversation = Inbox.citizenComments(admin, "Hva er fedrekvoten? " + TestText.unique());
		long reply = Inbox.reply(author, conversation, "Ti uker.", "PUBLIC");
		api().asDemo("veileder2").post("/api/v1/approvals/" + reply + "/approve", "{\"body\": \"Femten uker.\"}");

		Api.Response sentBack = author.post("/api/v1/approvals/" + reply + "/reject", "{\"comment\": \"Nei\"}");

		assertThat(sentBack.status()).isEqualTo(403);
		assertThat(sentBack.problemType()).isEqualTo("urn:samtale:problem:own-approval");
	}

	private static JsonNode waitingFor(Api reader, long reply) {
		for (JsonNode item : reader.get("/api/v1/approvals?size=100").json().path("items")) {
			if (item.path("id").asLong() == reply) {
				return item;
			}
		}
		throw new AssertionError("Reply " + reply + " is not in the queue");
	}

	private static long sentToTheSimulator(Api admin, String body) {
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, Inbox.SIMULATED);
		return admin.get("/api/v1/channels/accounts/" + account + "/simulator/sent?size=200")
			.json()
			.path("items")
			.findValuesAsString("body")
			.stream()
			.filter(body::equals)
			.count();
	}

}
