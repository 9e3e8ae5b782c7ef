package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** The queue and a conversation's handling: intake, threading, assignment, labels, notes, status and bad input. */
class ConversationsIntegrationTests extends IntegrationTest {

	@Test
	void aSecondDeliveryOfTheSameMessageIsStoredOnce() {
		Api admin = api().asDemo("admin");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, "FACEBOOK");
		String message = """
				{"externalId": "dup-1", "kind": "PUBLIC", "threadExternalId": "dup-thread", "authorExternalId": "u-dup",
				 "authorName": "Per", "body": "Kommer denne to ganger?"}""";

		Api.Response first = admin.post("/api/v1/channels/accounts/" + account + "/inbound", message);
		Api.Response second = admin.post("/api/v1/channels/accounts/" + account + "/inbound", message);

		assertThat(first.status()).isEqualTo(202);
		assertThat(first.json().path("duplicate").asBoolean()).isFalse();
		assertThat(second.status()).isEqualTo(202);
		assertThat(second.json().path("duplicate").asBoolean()).isTrue();
		assertThat(second.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
		long conversation = Inbox.conversationWith(admin, "Kommer denne to ganger?");
		assertThat(Inbox.conversation(admin, conversation).path("messages").size()).isEqualTo(1);
	}

	@Test
	void commentsInOneThreadBecomeOneConversationShownWithTheirPost() {
		Api admin = api().asDemo("admin");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, "FACEBOOK");
		for (int i = 1; i <= 2; i++) {
			admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
					{"externalId": "th-%d", "kind": "PUBLIC", "threadExternalId": "thread-x", "authorExternalId": "u-%d",
					 "authorName": "Person %d", "body": "Kommentar %d i tråden",
					 "context": {"externalId": "post-x", "text": "Innlegget om permisjon"}}""".formatted(i, i, i, i));
		}

		long conversation = Inbox.conversationWith(admin, "Kommentar 1 i tråden");
		org.awaitility.Awaitility.await()
			.until(() -> Inbox.conversation(admin, conversation).path("messages").size() == 2);
		JsonNode shown = Inbox.conversation(admin, conversation);
		assertThat(shown.path("kind").asString()).isEqualTo("PUBLIC");
		assertThat(shown.path("context").path("text").asString()).isEqualTo("Innlegget om permisjon");
		assertThat(shown.path("account").path("platform").asString()).isEqualTo("FACEBOOK");
		assertThat(shown.path("sla").path("responseTargetMinutes").asInt()).isPositive();
	}

	@Test
	void badInboundNamesTheFieldAndStoresNothing() {
		Api admin = api().asDemo("admin");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, "FACEBOOK");

		Api.Response empty = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "bad-1", "kind": "PUBLIC", "threadExternalId": "t", "authorExternalId": "u",
				 "authorName": "Per", "body": ""}""");
		Api.Response huge = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "bad-2", "kind": "PUBLIC", "threadExternalId": "t", "authorExternalId": "u",
				 "authorName": "Per", "body": "%s"}""".formatted("x".repeat(8001)));
		Api.Response unknown = admin.post("/api/v1/channels/accounts/999999/inbound", """
				{"externalId": "bad-3", "kind": "PUBLIC", "threadExternalId": "t", "authorExternalId": "u",
				 "authorName": "Per", "body": "Hei"}""");
		Api.Response byAdvisor = api().asDemo("veileder1").post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "bad-4", "kind": "PUBLIC", "threadExternalId": "t", "authorExternalId": "u",
				 "authorName": "Per", "body": "Hei"}""");

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").findValuesAsString("field")).contains("body");
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().path("errors").findValuesAsString("field")).contains("body");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(byAdvisor.status()).isEqualTo(403);
		// A retry of the bad ones with a valid body is accepted as new: nothing of them was stored.
		Api.Response retried = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "bad-1", "kind": "PUBLIC", "threadExternalId": "t", "authorExternalId": "u",
				 "authorName": "Per", "body": "Nå med tekst"}""");
		assertThat(retried.json().path("duplicate").asBoolean()).isFalse();
	}

	@Test
	void badRepliesNameTheFieldAndAClosedConversationTakesNone() {
		Api admin = api().asDemo("admin");
		Api advisor = api().asDemo("veileder1");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, "FACEBOOK");
		long privateConversation = Inbox.citizenWrites(admin, account, "PRIVATE", "Privat spørsmål om permisjon");
		String path = "/api/v1/inbox/conversations/" + privateConversation + "/replies";

		Api.Response empty = advisor.post(path, "{\"body\": \" \", \"visibility\": \"PRIVATE\"}");
		Api.Response tooLong = advisor.post(path, "{\"body\": \"" + "a".repeat(8001) + "\", \"visibility\": \"PRIVATE\"}");
		Api.Response inPublic = advisor.post(path, "{\"body\": \"Hei\", \"visibility\": \"PUBLIC\"}");
		Api.Response badVisibility = advisor.post(path, "{\"body\": \"Hei\", \"visibility\": \"LOUD\"}");

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").findValuesAsString("field")).contains("body");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(inPublic.status()).isEqualTo(400);
		assertThat(inPublic.json().path("field").asString()).isEqualTo("visibility");
		assertThat(badVisibility.status()).isEqualTo(400);
		assertThat(Inbox.conversation(advisor, privateConversation).path("replies").size()).isZero();

		Api.Response closed = advisor.post("/api/v1/inbox/conversations/" + privateConversation + "/status",
				"{\"status\": \"CLOSED\"}");
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().path("closedAt").isNull()).isFalse();
		Api.Response toClosed = advisor.post(path, "{\"body\": \"Hei\", \"visibility\": \"PRIVATE\"}");
		assertThat(toClosed.status()).isEqualTo(409);
		assertThat(toClosed.problemType()).isEqualTo("urn:samtale:problem:conversation-closed");
		Api.Response reopened = advisor.post("/api/v1/inbox/conversations/" + privateConversation + "/status",
				"{\"status\": \"NEW\"}");
		assertThat(reopened.json().path("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void anAdvisorAssignsLabelsAndNotesAndEveryStepIsAudited() {
		Api admin = api().asDemo("admin");
		Api advisor = api().asDemo("veileder1");
		long conversation = Inbox.citizenComments(admin, "Hvordan søker jeg engangsstønad?");
		long partner = admin.get("/api/v1/channels/teams").json().findParents("name")
			.stream()
			.filter(team -> team.path("name").asString().equals(Inbox.FORELDREPENGER))
			.findFirst()
			.orElseThrow()
			.path("members")
			.get(1)
			.path("id")
			.asLong();
		long outsider = api().asDemo("veileder4").get("/api/v1/me").json().path("id").asLong();

		assertThat(advisor.post("/api/v1/inbox/conversations/" + conversation + "/assignee",
				"{\"userId\": " + partner + "}").status()).isEqualTo(200);
		Api.Response toOutsider = advisor.post("/api/v1/inbox/conversations/" + conversation + "/assignee",
				"{\"userId\": " + outsider + "}");
		assertThat(toOutsider.status()).isEqualTo(400);
		assertThat(toOutsider.json().path("field").asString()).isEqualTo("userId");

		Api.Response labelled = advisor.put("/api/v1/inbox/conversations/" + conversation + "/labels",
				"{\"labels\": [\"engangsstønad\", \"foreldrepenger\"]}");
		assertThat(labelled.json().path("labels").toString()).isEqualTo("[\"engangsstønad\",\"foreldrepenger\"]");
		Api.Response badLabel = advisor.put("/api/v1/inbox/conversations/" + conversation + "/labels",
				"{\"labels\": [\"Ikke Gyldig!\"]}");
		assertThat(badLabel.status()).isEqualTo(400);

		Api.Response noted = advisor.post("/api/v1/inbox/conversations/" + conversation + "/notes",
				"{\"body\": \"Ring tilbake i morgen.\"}");
		assertThat(noted.status()).isEqualTo(201);
		assertThat(noted.json().path("author").path("name").asString()).isEqualTo("Ingrid Solheim");

		JsonNode shown = Inbox.conversation(advisor, conversation);
		assertThat(shown.path("assignee").path("id").asLong()).isEqualTo(partner);
		assertThat(shown.path("notes").findValuesAsString("body")).containsExactly("Ring tilbake i morgen.");
		assertThat(shown.path("audit").findValuesAsString("action")).contains("ASSIGNED", "LABELS_CHANGED", "NOTE_ADDED");
		JsonNode labelledQueue = advisor.get("/api/v1/inbox/conversations?label=engangsstønad").json();
		assertThat(labelledQueue.path("items").findValuesAsString("subject")).contains("Hvordan søker jeg engangsstønad?");
		JsonNode mine = api().asDemo("veileder2").get("/api/v1/inbox/conversations?assignee=me").json();
		assertThat(mine.path("items").findValuesAsString("subject")).contains("Hvordan søker jeg engangsstønad?");
	}

	@Test
	void aFailedDeliveryIsShownAndCanBeRetried() {
		Api admin = api().asDemo("admin");
		long account = Inbox.account(admin, "NAV Kunnskap", "FACEBOOK");
		long conversation = Inbox.citizenWrites(admin, account, "PUBLIC", "Gjelder tallene sesongjustert, eller?");
		String simulator = "/api/v1/channels/accounts/" + account + "/simulator";
		admin.put(simulator, "{\"ratePerMinute\": 0, \"privateShare\": 0.3, \"failureMode\": \"PERMANENT\"}");
		long reply = Inbox.reply(api().asDemo("veileder3"), conversation, "Ja, tallene er sesongjustert.", "PUBLIC");
		api().asDemo("redaktor2").post("/api/v1/approvals/" + reply + "/approve", "");

		Inbox.awaitReplyStatus(admin, conversation, reply, "FAILED");
		JsonNode failed = Inbox.replyIn(api().asDemo("veileder3"), conversation, reply);
		assertThat(failed.path("delivery").path("lastError").asString()).contains("refused");
		assertThat(failed.path("delivery").path("lastErrorCode").asString()).isEqualTo("REFUSED_BY_PLATFORM");
		assertThat(failed.path("canRetry").asBoolean()).isTrue();

		admin.put(simulator, "{\"ratePerMinute\": 0, \"privateShare\": 0.3, \"failureMode\": \"NONE\"}");
		Api.Response retried = api().asDemo("veileder3").post("/api/v1/inbox/replies/" + reply + "/retry", "");
		assertThat(retried.status()).isEqualTo(200);
		Inbox.awaitReplyStatus(admin, conversation, reply, "SENT");
		assertThat(api().asDemo("veileder3").post("/api/v1/inbox/replies/" + reply + "/retry", "").status())
			.isEqualTo(409);
		assertThat(Inbox.conversation(admin, conversation).path("audit").findValuesAsString("action"))
			.contains("REPLY_FAILED", "REPLY_RETRIED", "REPLY_SENT");
	}

	@Test
	void cannedAnswersBelongToTheirTeam() {
		Api advisor = api().asDemo("veileder1");
		long team = advisor.get("/api/v1/channels/teams").json().get(0).path("id").asLong();
		String path = "/api/v1/inbox/teams/" + team + "/canned-answers";

		Api.Response created = advisor.post(path, "{\"title\": \"Takk\", \"body\": \"Takk for at du skrev, {navn}!\"}");
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().path("id").asLong();
		assertThat(advisor.get(path).json().findValuesAsString("title")).contains("Takk", "Saksbehandlingstid");
		assertThat(advisor.post(path, "{\"title\": \"\", \"body\": \"x\"}").json().path("errors")
			.findValuesAsString("field")).contains("title");
		assertThat(api().asDemo("veileder4").get(path).status()).isEqualTo(404);
		assertThat(api().asDemo("veileder4").delete("/api/v1/inbox/canned-answers/" + id).status()).isEqualTo(404);
		assertThat(advisor.put("/api/v1/inbox/canned-answers/" + id, "{\"title\": \"Takk!\", \"body\": \"Takk, {navn}.\"}")
			.json().path("title").asString()).isEqualTo("Takk!");
		assertThat(advisor.delete("/api/v1/inbox/canned-answers/" + id).status()).isEqualTo(204);
	}

	@Test
	void queueParametersAreChecked() {
		Api advisor = api().asDemo("veileder1");

		assertThat(advisor.get("/api/v1/inbox/conversations?status=LOST").status()).isEqualTo(400);
		assertThat(advisor.get("/api/v1/inbox/conversations?sort=sideways").json().path("field").asString())
			.isEqualTo("sort");
		assertThat(advisor.get("/api/v1/inbox/conversations?assignee=someone").json().path("field").asString())
			.isEqualTo("assignee");
		assertThat(advisor.get("/api/v1/inbox/conversations?q=%25%25").status()).isEqualTo(200);
	}

}
