package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import no.samtale.support.Api;

/**
 * The set-up of the tests of comments on a published post: a post on an account of its own, published through the
 * simulator after a second editor approved it, and citizens' comments pushed onto it as the platform would send them.
 */
final class PostCommentSteps {

	private PostCommentSteps() {
	}

	/** A post by {@code editor} due two seconds from now, not yet sent for approval. */
	static long draft(Api editor, long account, String text) {
		Api.Response created = editor.post("/api/v1/publishing/posts", "{\"accountId\": " + account + ", \"text\": \""
				+ text + "\", \"publishAt\": \"" + Instant.now().plusSeconds(2) + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	/**
	 * Sent for approval by {@code editor}, approved by {@code approver} (another editor of the account's team) and
	 * published; the platform's id of the post. Two clients: {@link Api#asDemo} changes the client it is called on.
	 */
	static String publish(Api editor, Api approver, long post) {
		Api.Response submitted = editor.post("/api/v1/publishing/posts/" + post + "/submit", "");
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		Api.Response approved = approver.post("/api/v1/publishing/posts/" + post + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "PUBLISHED".equals(editor.get("/api/v1/publishing/posts/" + post).json().path("status").asString()));
		return editor.get("/api/v1/publishing/posts/" + post).json().path("externalId").asString();
	}

	/** A public comment {@code id} in thread {@code thread} under the platform's post {@code post}. */
	static void comment(Api admin, long account, String thread, String id, String post, String text) {
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "c-%s", "kind": "PUBLIC", "threadExternalId": "t-%s", "authorExternalId": "u-%s",
				 "authorName": "Kari Nordmann", "body": "%s", "context": {"externalId": "%s", "text": "Nye regler"}}
				""".formatted(id, thread, id, text, post));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
	}

}
