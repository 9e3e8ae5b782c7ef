package no.samtale.publishing.internal.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The blog's whole loop: the expert writes, the editor (never the expert) approves, the article is public; a reader
 * asks under it, the question is a conversation in the inbox, an advisor answers, a partner approves, and the
 * answer appears under the article with the question.
 */
@AlsoOnTheEmbeddedDatabase
class BlogCommentsIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReadersQuestionIsAnsweredThroughFourEyesAndShownUnderTheArticle() {
		Api expert = api().asDemo("fagperson");
		Api editor = api().asDemo("redaktor");
		long blogId = BlogSteps.demoBlog(editor);
		String title = "Gjenlevendepensjon " + TestText.unique();
		Api.Response written = expert.post("/api/v1/publishing/blog/" + blogId + "/posts",
				BlogSteps.post(title, "## Hvem kan få?\\n\\nDu kan få gjenlevendepensjon hvis ..."));
		assertThat(written.status()).as(written.body()).isEqualTo(201);
		assertThat(written.json().path("status").asString()).isEqualTo("DRAFT");
		long id = written.json().path("id").asLong();
		String path = written.json().path("path").asString();
		assertThat(api().getAny(path).status()).as("a draft is not public").isEqualTo(404);

		expert.post("/api/v1/publishing/blog/posts/" + id + "/submit", "");
		Api.Response own = expert.post("/api/v1/publishing/blog/posts/" + id + "/approve", "");
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.problemType()).isEqualTo("urn:samtale:problem:own-approval");
		Api.Response approved = editor.post("/api/v1/publishing/blog/posts/" + id + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().path("status").asString()).isEqualTo("PUBLISHED");
		assertThat(approved.json().path("isPublic").asBoolean()).isTrue();
		assertThat(approved.json().path("approver").path("name").asString()).isNotBlank();

		Api reader = api().from("10.77.1." + (1 + (int) (Math.random() * 200)));
		Api.Response page = reader.getAny(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>" + title + "</h1>", "<h2>Hvem kan få?</h2>");
		String token = BlogSteps.formToken(page.body());
		String question = "Får jeg gjenlevendepensjon som samboer? " + TestText.unique();

		Api.Response sent = BlogSteps.comment(reader, path, token, "Astrid", question);
		Api.Response again = BlogSteps.comment(reader, path, token, "Astrid", question);
		assertThat(sent.status()).as(sent.body()).isEqualTo(303);
		assertThat(sent.location()).endsWith(path + "?kommentar=mottatt#kommenter");
		assertThat(again.status()).isEqualTo(303);
		assertThat(count("select count(*) from publishing_blog_comment where body = :b", question))
			.as("the same form sent twice is one comment").isEqualTo(1);
		assertThat(count("select count(*) from channels_inbound where body = :b", question)).isEqualTo(1);
		assertThat(reader.getAny(path + "?kommentar=mottatt").body()).contains("Spørsmålet ditt er mottatt")
			.as("not shown before it is answered").doesNotContain(question);

		Api advisor = api().asDemo("veileder3");
		long conversation = conversationWith(advisor, question);
		Api.Response drafted = advisor.post("/api/v1/inbox/conversations/" + conversation + "/replies",
				"{\"body\": \"Hei Astrid! Ja, hvis dere har felles barn eller har bodd sammen i minst fem år.\", "
						+ "\"visibility\": \"PUBLIC\"}");
		assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
		long replyId = drafted.json().path("id").asLong();
		assertThat(reader.getAny(path).body()).doesNotContain("Hei Astrid");
		Api.Response replyApproved = api().asDemo("redaktor2").post("/api/v1/approvals/" + replyId + "/approve", "");
		assertThat(replyApproved.status()).as(replyApproved.body()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).until(() -> reader.getAny(path).body().contains("Hei Astrid!"));
		String answered = reader.getAny(path).body();
		assertThat(answered).contains(question, "Astrid spurte", "Svar fra");
		// The reply's own state follows the outbox's in a listener of its own, a moment after the blog shows it.
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode thread = advisor.get("/api/v1/inbox/conversations/" + conversation).json();
			assertThat(thread.path("replies").get(0).path("status").asString()).isIn("SENT", "DELIVERED");
		});
	}

	private long count(String sql, String body) {
		return jdbc.sql(sql).param("b", body).query(Long.class).single();
	}

	private static long conversationWith(Api reader, String text) {
		String list = "/api/v1/inbox/conversations?status=NEW&status=IN_PROGRESS&status=ANSWERED"
				+ "&status=AWAITING_APPROVAL&status=CLOSED&size=200&sort=newest";
		long[] found = new long[1];
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			for (JsonNode item : reader.get(list).json().path("items")) {
				if (item.path("subject").asString().equals(text)) {
					found[0] = item.path("id").asLong();
					return true;
				}
			}
			return false;
		});
		return found[0];
	}

}
