package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;

/** Steps the inbox tests share: a citizen writing through the push intake, finding the conversation, replying. */
final class Inbox {

	static final String FORELDREPENGER = "NAV Foreldrepenger";

	/** NAV Foreldrepenger on Facebook is a Meta page; its Instagram account is simulated, so what is sent shows. */
	static final String SIMULATED = "INSTAGRAM";

	private Inbox() {
	}

	static long account(Api admin, String name, String platform) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("name").asString().equals(name) && account.path("platform").asString().equals(platform)) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No account " + name + " on " + platform);
	}

	/** A citizen comments in public on NAV Foreldrepenger's simulated account; answers the new conversation's id. */
	static long citizenComments(Api admin, String text) {
		return citizenWrites(admin, account(admin, FORELDREPENGER, SIMULATED), "PUBLIC", text);
	}

	static long citizenWrites(Api admin, long accountId, String kind, String text) {
		String id = UUID.randomUUID().toString();
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + accountId + "/inbound", """
				{"externalId": "c-%s", "kind": "%s", "threadExternalId": "t-%s", "authorExternalId": "u-%s",
				 "authorName": "Kari Nordmann", "body": "%s", "context": {"externalId": "post-1", "text": "Et innlegg"}}
				""".formatted(id, kind, id, id, text));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		return conversationWith(admin, text);
	}

	/** Waits until the threading has made a conversation of a message with this text. */
	static long conversationWith(Api reader, String text) {
		String list = "/api/v1/inbox/conversations?status=NEW&status=IN_PROGRESS&status=ANSWERED"
				+ "&status=AWAITING_APPROVAL&status=CLOSED&size=200&sort=newest";
		JsonNode[] found = new JsonNode[1];
		try {
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				for (JsonNode item : reader.get(list).json().path("items")) {
					if (item.path("subject").asString().equals(text)) {
						found[0] = item;
						return true;
					}
				}
				return false;
			});
		}
		catch (org.awaitility.core.ConditionTimeoutException notThreaded) {
			// Seen a few times under a loaded suite and not yet explained (see the session notes): say what the
			// queue held, so that the next occurrence tells more than a timeout.
			Api.Response queue = reader.get(list);
			throw new AssertionError("No conversation with the subject \"" + text + "\" after 60 s; the queue answered "
					+ queue.status() + " with " + queue.json().path("totalElements") + " conversations, newest first: "
					+ queue.body().substring(0, Math.min(600, queue.body().length())), notThreaded);
		}
		return found[0].path("id").asLong();
	}

	static long reply(Api advisor, long conversationId, String body, String visibility) {
		Api.Response replied = advisor.post("/api/v1/inbox/conversations/" + conversationId + "/replies",
				"{\"body\": \"" + body + "\", \"visibility\": \"" + visibility + "\"}");
		assertThat(replied.status()).as(replied.body()).isEqualTo(201);
		return replied.json().path("id").asLong();
	}

	static JsonNode conversation(Api reader, long id) {
		Api.Response shown = reader.get("/api/v1/inbox/conversations/" + id);
		assertThat(shown.status()).as(shown.body()).isEqualTo(200);
		return shown.json();
	}

	static JsonNode replyIn(Api reader, long conversationId, long replyId) {
		for (JsonNode reply : conversation(reader, conversationId).path("replies")) {
			if (reply.path("id").asLong() == replyId) {
				return reply;
			}
		}
		throw new AssertionError("No reply " + replyId);
	}

	static void awaitReplyStatus(Api reader, long conversationId, long replyId, String status) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> replyIn(reader, conversationId, replyId).path("status").asString().equals(status));
	}

}
