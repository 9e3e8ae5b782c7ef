package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Issue 12.4: after an approved erasure nothing names the person: not the reply that was sent to her, not a draft
 * waiting for approval (it is cancelled and cannot be approved), not the inbox's search; and the privacy officer is
 * told what was done per kind.
 */
@AlsoOnTheEmbeddedDatabase
class ErasureLeavesNothingIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anErasedPersonsSentRepliesLoseTheirWordingAndHerWaitingDraftIsCancelled() {
		String name = "Kari Slettesen " + TestText.unique().toString().substring(0, 8);
		Api admin = api().asDemo("admin");
		long account = Inbox.account(admin, Inbox.FORELDREPENGER, Inbox.SIMULATED);
		long publicThread = writes(admin, account, "PUBLIC", name, "Når kommer foreldrepengene mine?");
		Api advisor = api().asDemo("veileder1");
		Api partner = api().asDemo("veileder2");
		long sent = Inbox.reply(advisor, publicThread, "Hei " + name + "! Se nav.no/foreldrepenger.", "PUBLIC");
		Api.Response approved = partner.post("/api/v1/approvals/" + sent + "/approve", "{}");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		Inbox.awaitReplyStatus(advisor, publicThread, sent, "SENT");
		long privateThread = writes(admin, account, "PRIVATE", name, "Jeg har ikke fått svar på søknaden.");
		long draft = Inbox.reply(advisor, privateThread, "Hei " + name + ", vi ser på saken din.", "PRIVATE");
		assertThat(Inbox.replyIn(advisor, privateThread, draft).path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(inboxSearch(advisor, name)).isPositive();

		JsonNode done = erase(name);

		assertThat(done.path("state").asString()).isEqualTo("ERASED");
		Map<String, Integer> erased = new HashMap<>();
		done.path("erased").forEach(kind -> erased.put(kind.path("kind").asString(), kind.path("count").asInt()));
		assertThat(erased).containsEntry("SENT_REPLY", 1).containsEntry("CANCELLED_REPLY", 1)
			.containsEntry("PRIVATE_CONVERSATION", 1).containsEntry("PUBLIC_THREAD", 1);

		JsonNode thread = Inbox.conversation(advisor, publicThread);
		assertThat(thread.toString()).doesNotContain(name);
		JsonNode sentReply = Inbox.replyIn(advisor, publicThread, sent);
		assertThat(sentReply.path("status").asString()).isEqualTo("SENT");
		assertThat(sentReply.path("body").isNull()).as(sentReply.toString()).isTrue();
		assertThat(Inbox.replyIn(advisor, privateThread, draft).path("status").asString()).isEqualTo("CANCELLED");
		assertThat(Inbox.conversation(advisor, privateThread).path("status").asString()).isNotEqualTo("AWAITING_APPROVAL");

		Api.Response lateApproval = partner.post("/api/v1/approvals/" + draft + "/approve", "{}");
		assertThat(lateApproval.status()).as(lateApproval.body()).isIn(409, 422);
		assertThat(lateApproval.problemType()).isEqualTo("urn:samtale:problem:approval-decided");
		Api.Response lateReword = advisor.put("/api/v1/inbox/replies/" + draft, "{\"body\": \"Hei igjen\"}");
		assertThat(lateReword.status()).as(lateReword.body()).isIn(409, 422);

		assertThat(inboxSearch(advisor, name)).isZero();
		assertThat(api().asDemo("personvern").get("/api/v1/privacy/subjects?name=" + name.replace(" ", "%20")
				+ "&reason=Kontroll").body()).doesNotContain(name);
		for (String table : new String[] { "inbox_reply", "inbox_message", "approval_request", "channels_outbox",
				"channels_inbound" }) {
			assertThat(jdbc.sql("select count(*) from " + table + " where body like :name")
				.param("name", "%" + name + "%").query(Long.class).single()).as(table).isZero();
		}
		// Forgotten wording is a fact (NULL), never a word; only actions that carry text could hold one.
		assertThat(jdbc.sql("""
				select count(*) from channels_outbox
				where action in ('REPLY', 'REPLY_PRIVATELY', 'MESSAGE', 'PUBLISH', 'SCHEDULE')
				  and (body = '' or body = '[slettet]')
				""").query(Long.class).single()).isZero();
	}

	private JsonNode erase(String name) {
		Api officer = api().asDemo("personvern");
		Api.Response requested = officer.post("/api/v1/privacy/erasures", """
				{"name": "%s", "reason": "Sletting krevd i brev"}""".formatted(name));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		Api.Response approved = api().asDemo("admin")
			.post("/api/v1/privacy/erasures/" + requested.json().path("id").asLong() + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		return approved.json();
	}

	private long inboxSearch(Api reader, String text) {
		return reader.get("/api/v1/inbox/conversations?status=NEW&status=IN_PROGRESS&status=ANSWERED"
				+ "&status=AWAITING_APPROVAL&status=CLOSED&size=200&q=" + text.replace(" ", "%20"))
			.json().path("totalElements").asLong();
	}

	private long writes(Api admin, long account, String kind, String name, String text) {
		String id = UUID.randomUUID().toString();
		String body = text + " " + id.substring(0, 6);
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "c-%s", "kind": "%s", "threadExternalId": "t-%s", "authorExternalId": "u-%s",
				 "authorName": "%s", "body": "%s", "context": {"externalId": "post-1", "text": "Et innlegg"}}
				""".formatted(id, kind, id, id, name, body));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		return Inbox.conversationWith(admin, body);
	}

}
