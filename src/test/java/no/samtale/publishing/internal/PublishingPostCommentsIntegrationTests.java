package no.samtale.publishing.internal;

import static no.samtale.publishing.internal.PostCommentSteps.comment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Comments on a post Samtale published reach the inbox under that post: the post and the calendar count them, the
 * inbox lists them by post (or by the platform's id of a post), and each conversation links back to the post.
 */
class PublishingPostCommentsIntegrationTests extends IntegrationTest {

	@Test
	void commentsOnAPublishedPostAreCountedOnThePostListedByPostInTheInboxAndLinkBack() {
		Api admin = api().asDemo("admin");
		Api redaktor = api().asDemo("redaktor");
		long account = PublishingTestAccounts.simulated(admin, "FACEBOOK", "FB " + TestText.unique());
		long id = PostCommentSteps.draft(redaktor, account, "Nye regler for beregning");
		String externalId = PostCommentSteps.publish(redaktor, api().asDemo("redaktor2"), id);
		assertThat(redaktor.get("/api/v1/publishing/posts/" + id).json().path("comments").path("conversations").asInt())
			.as("published, no comments yet")
			.isZero();

		String first = TestText.unique();
		comment(admin, account, first, first, externalId, "Gjelder dette meg?");
		comment(admin, account, first, TestText.unique(), externalId, "Og hva med tvillinger?");
		comment(admin, account, TestText.unique(), TestText.unique(), externalId, "Takk for info");
		comment(admin, account, TestText.unique(), TestText.unique(), "another-post", "Et annet innlegg");

		await().atMost(Duration.ofSeconds(60))
			.until(() -> redaktor.get("/api/v1/publishing/posts/" + id).json().path("comments").path("comments").asInt() == 3);
		JsonNode counted = redaktor.get("/api/v1/publishing/posts/" + id).json().path("comments");
		assertThat(counted.path("conversations").asInt()).isEqualTo(2);
		LocalDate today = LocalDate.now(Calendar.OSLO);
		JsonNode calendar = redaktor.get("/api/v1/publishing/calendar?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)
				+ "&accountId=" + account).json();
		assertThat(calendar.path("posts").get(0).path("comments").path("comments").asInt()).isEqualTo(3);

		JsonNode byPost = admin.get("/api/v1/inbox/conversations?post=" + id).json();
		assertThat(byPost.path("totalElements").asInt()).as("every status, two threads").isEqualTo(2);
		JsonNode byContext = admin.get("/api/v1/inbox/conversations?context=" + externalId).json();
		assertThat(byContext.path("totalElements").asInt()).isEqualTo(2);
		long conversation = byPost.path("items").get(0).path("id").asLong();
		JsonNode detail = admin.get("/api/v1/inbox/conversations/" + conversation).json();
		assertThat(detail.path("context").path("externalId").asString()).isEqualTo(externalId);
		assertThat(detail.path("context").path("postId").asLong()).as("links back to the post").isEqualTo(id);

		assertThat(admin.get("/api/v1/inbox/conversations?post=999999999").json().path("totalElements").asInt())
			.as("an unknown post has no comments")
			.isZero();
		assertThat(admin.get("/api/v1/inbox/conversations?post=" + id + "&accountId=" + (account + 100000)).json()
			.path("totalElements").asInt()).isZero();
		Api.Response both = admin.get("/api/v1/inbox/conversations?post=" + id + "&context=" + externalId);
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.json().path("field").asString()).isEqualTo("context");
		// The other post's comment is threaded on its own, not necessarily before this post's three.
		JsonNode other = await().atMost(Duration.ofSeconds(60))
			.until(() -> admin.get("/api/v1/inbox/conversations?context=another-post&accountId=" + account).json(),
					found -> found.path("totalElements").asInt() == 1);
		assertThat(admin.get("/api/v1/inbox/conversations/" + other.path("items").get(0).path("id").asLong()).json()
			.path("context").path("postId").isNull()).as("not Samtale's post: no link").isTrue();
	}

}
