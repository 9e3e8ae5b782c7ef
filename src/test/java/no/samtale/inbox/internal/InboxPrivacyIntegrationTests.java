package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Identity numbers in what citizens write: hidden, flagged, masked, revealed with a reason, and every look logged. */
class InboxPrivacyIntegrationTests extends IntegrationTest {

	/** Made-up numbers with valid control digits. */
	static final String NATIONAL_ID = "15088510140";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublicCommentWithAnIdentityNumberIsHiddenFlaggedAndAPrivateFollowUpWaitsForAnAdvisor() {
		Api admin = api().asDemo("admin");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, Inbox.SIMULATED);
		String commentId = pushComment(admin, account, "Her er fnr " + NATIONAL_ID + ", hjelp meg");
		long conversation = conversationOf(commentId);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> sentToSimulator(admin, account, "HIDE", commentId) == 1);
		Api advisor = api().asDemo("veileder1");
		JsonNode shown = Inbox.conversation(advisor, conversation);
		assertThat(shown.path("personalData").asBoolean()).isTrue();
		assertThat(shown.path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(shown.path("audit").findValuesAsString("action")).contains("HIDE_REQUESTED", "REPLY_PROPOSED");
		JsonNode proposal = shown.path("replies").get(0);
		assertThat(proposal.path("visibility").asString()).isEqualTo("PRIVATE");
		assertThat(proposal.path("canApprove").asBoolean()).isTrue();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Inbox.conversation(advisor, conversation).path("messages").get(0).path("hiddenOnPlatform").asBoolean());

		Api.Response approved = advisor.post("/api/v1/approvals/" + proposal.path("id").asLong() + "/approve", "{}");

		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		Inbox.awaitReplyStatus(advisor, conversation, proposal.path("id").asLong(), "SENT");
		assertThat(sentToSimulator(admin, account, "REPLY_PRIVATELY", commentId)).isEqualTo(1);
	}

	@Test
	void aCommentWithoutAnIdentityNumberIsLeftAlone() {
		Api admin = api().asDemo("admin");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, Inbox.SIMULATED);
		String commentId = pushComment(admin, account, "Saksnummer 2023/123456, beløp kr 12 500. Hvorfor?");
		long conversation = conversationOf(commentId);

		JsonNode shown = Inbox.conversation(api().asDemo("veileder1"), conversation);

		assertThat(shown.path("personalData").asBoolean()).isFalse();
		assertThat(shown.path("replies").size()).isZero();
		assertThat(shown.path("messages").get(0).path("masked").size()).isZero();
	}

	@Test
	void textIsMaskedUntilAnAdvisorOfTheTeamRevealsItWithAReasonAndTheRevealIsLogged() {
		Api admin = api().asDemo("admin");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, Inbox.SIMULATED);
		String text = "Privat: fødselsnummeret mitt er " + NATIONAL_ID;
		long conversation = conversationOf(pushMessage(admin, account, "PRIVATE", text));
		Api advisor = api().asDemo("veileder2");
		JsonNode message = Inbox.conversation(advisor, conversation).path("messages").get(0);
		assertThat(message.path("body").asString()).doesNotContain(NATIONAL_ID).startsWith("Privat: fødselsnummeret");
		String reveal = "/api/v1/inbox/conversations/" + conversation + "/messages/" + message.path("id").asLong()
				+ "/reveal";

		Api.Response noReason = advisor.post(reveal, "{\"reason\": \"\"}");
		Api.Response otherTeam = api().asDemo("veileder4").post(reveal, "{\"reason\": \"Nysgjerrig\"}");
		Api.Response revealed = advisor.post(reveal, "{\"reason\": \"Må finne saken i Gosys\"}");

		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().path("field").asString()).isEqualTo("reason");
		assertThat(otherTeam.status()).isEqualTo(404);
		assertThat(revealed.status()).as(revealed.body()).isEqualTo(200);
		assertThat(revealed.json().path("body").asString()).isEqualTo(text);
		JsonNode log = admin.get("/api/v1/privacy/access-log?username=veileder2&action=REVEAL&subjectId="
				+ message.path("id").asLong()).json();
		assertThat(log.path("items").size()).isEqualTo(1);
		assertThat(log.path("items").get(0).path("purpose").asString()).isEqualTo("Må finne saken i Gosys");
	}

	@Test
	void everyOpeningOfAConversationIsLoggedAndOnlyAdminsAndPrivacyOfficersReadTheLog() {
		Api admin = api().asDemo("admin");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, Inbox.SIMULATED);
		long conversation = conversationOf(pushComment(admin, account, "Når kommer svaret?"));

		Inbox.conversation(api().asDemo("veileder1"), conversation);

		String query = "?username=veileder1&action=VIEW&subjectKind=conversation&subjectId=" + conversation;
		JsonNode log = api().asDemo("personvern").get("/api/v1/privacy/access-log" + query).json();
		assertThat(log.path("items").size()).isEqualTo(1);
		assertThat(log.path("items").get(0).path("purpose").asString()).isEqualTo(ConversationController.DEFAULT_PURPOSE);
		Api.Response csv = admin.get("/api/v1/privacy/access-log/export" + query);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("id,accessed_at,user_id,username,action").contains(",veileder1,VIEW,conversation,");
		assertThat(api().asDemo("veileder1").get("/api/v1/privacy/access-log").status()).isEqualTo(403);
		assertThat(admin.get("/api/v1/privacy/access-log?from=igår").json().path("field").asString()).isEqualTo("from");
	}

	private String pushComment(Api admin, long account, String text) {
		return pushMessage(admin, account, "PUBLIC", text);
	}

	private String pushMessage(Api admin, long account, String kind, String text) {
		String id = "c-" + UUID.randomUUID();
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "%s", "kind": "%s", "threadExternalId": "t-%s", "authorExternalId": "u-%s",
				 "authorName": "Kari Nordmann", "body": "%s"}
				""".formatted(id, kind, id, id, text));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		return id;
	}

	private long conversationOf(String externalId) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from inbox_message where external_id = :id")
				.param("id", externalId)
				.query(Long.class)
				.single() == 1);
		return jdbc.sql("select conversation_id from inbox_message where external_id = :id")
			.param("id", externalId)
			.query(Long.class)
			.single();
	}

	private long sentToSimulator(Api admin, long account, String action, String target) {
		JsonNode sent = admin.get("/api/v1/channels/accounts/" + account + "/simulator/sent?size=200").json();
		long count = 0;
		for (JsonNode item : sent.path("items")) {
			if (item.path("action").asString().equals(action) && item.path("target").asString().equals(target)) {
				count++;
			}
		}
		return count;
	}

}
