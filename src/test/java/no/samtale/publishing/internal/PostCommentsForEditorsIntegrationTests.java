package no.samtale.publishing.internal;

import static no.samtale.publishing.internal.PostCommentSteps.comment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * An editor of a post's account who is not an advisor reads the public comments on the post, read-only and masked as
 * the inbox masks them, without reaching the inbox; only an advisor is offered to answer there.
 */
class PostCommentsForEditorsIntegrationTests extends IntegrationTest {

	@Test
	void anEditorWhoIsNoAdvisorReadsThePostsPublicCommentsButNotTheInbox() {
		Api admin = api().asDemo("admin");
		Api editor = api().asDemo("redaktor");
		long account = PublishingTestAccounts.simulated(admin, "FACEBOOK", "FB " + TestText.unique());
		long id = PostCommentSteps.draft(editor, account, "Nytt om foreldrepenger");
		JsonNode before = editor.get("/api/v1/publishing/posts/" + id + "/comments").json();
		assertThat(before.path("published").asBoolean()).isFalse();
		assertThat(before.path("threads").size()).isZero();
		String externalId = PostCommentSteps.publish(editor, api().asDemo("redaktor2"), id);

		String thread = TestText.unique();
		comment(admin, account, thread, thread, externalId, "Gjelder dette meg?");
		comment(admin, account, thread, TestText.unique(), externalId, "Fødselsnummeret mitt er 15088510140");
		comment(admin, account, TestText.unique(), TestText.unique(), externalId, "Takk for info");
		comment(admin, account, TestText.unique(), TestText.unique(), "another-post-" + TestText.unique(), "Et annet innlegg");
		await().atMost(Duration.ofSeconds(60)).until(() -> editor.get("/api/v1/publishing/posts/" + id + "/comments").json()
			.path("threads").valueStream().mapToInt(t -> t.path("comments").size()).sum() == 3);

		Api.Response read = editor.get("/api/v1/publishing/posts/" + id + "/comments");
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		JsonNode comments = read.json();
		assertThat(comments.path("published").asBoolean()).isTrue();
		assertThat(comments.path("canAnswerInInbox").asBoolean()).as("redaktor is no advisor").isFalse();
		assertThat(comments.path("threads").size()).isEqualTo(2);
		JsonNode first = comments.path("threads").get(0).path("comments");
		assertThat(first.get(0).path("body").asString()).isEqualTo("Gjelder dette meg?");
		assertThat(first.get(0).path("fromAgency").asBoolean()).isFalse();
		assertThat(first.get(0).path("authorName").asString()).isEqualTo("Kari Nordmann");
		assertThat(read.body()).as("personal data masked or redacted").doesNotContain("15088510140")
			.doesNotContain("Et annet innlegg");

		long conversation = comments.path("threads").get(0).path("conversationId").asLong();
		assertThat(editor.get("/api/v1/inbox/conversations/" + conversation).status()).as("the inbox stays the advisors'")
			.isEqualTo(404);
		JsonNode log = admin.get("/api/v1/privacy/access-log?subjectKind=conversation&subjectId=" + conversation).json();
		assertThat(log.toString()).as("the look is logged like an opening in the inbox")
			.contains(PostCommentsController.PURPOSE);
		assertThat(api().asDemo("redaktor2").get("/api/v1/publishing/posts/" + id + "/comments").json()
			.path("canAnswerInInbox").asBoolean()).as("an editor who is also an advisor").isTrue();
		assertThat(api().asDemo("veileder1").get("/api/v1/publishing/posts/" + id + "/comments").status())
			.as("an advisor who is no editor reads them in the inbox").isEqualTo(403);
		assertThat(editor.get("/api/v1/publishing/posts/999999999/comments").status()).isEqualTo(404);
	}

}
