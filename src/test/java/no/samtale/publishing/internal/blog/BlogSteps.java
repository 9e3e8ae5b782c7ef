package no.samtale.publishing.internal.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;

/** Steps the blog tests share: the demo blog, a post written by the expert and approved by the editor, the form. */
final class BlogSteps {

	static final String BLOG = "/blogg/" + BlogDemo.SLUG;

	private static final Pattern TOKEN = Pattern.compile("name=\"skjema\" value=\"([^\"]+)\"");

	private BlogSteps() {
	}

	static long demoBlog(Api editor) {
		for (JsonNode blog : editor.get("/api/v1/publishing/blog").json()) {
			if (blog.path("slug").asString().equals(BlogDemo.SLUG)) {
				return blog.path("id").asLong();
			}
		}
		throw new AssertionError("No demo blog");
	}

	static String post(String title, String body) {
		return """
				{"title": "%s", "summary": "Kort om %s", "body": "%s", "expertName": "Per Kristian Moen",
				 "expertTitle": "Seniorrådgiver, pensjon"}""".formatted(title, title, body);
	}

	/** Written by {@code fagperson}, approved by {@code redaktor}: public now. Answers the post as the API shows it. */
	static JsonNode published(Api expert, Api editor, long blogId, String title, String body) {
		Api.Response written = expert.post("/api/v1/publishing/blog/" + blogId + "/posts", post(title, body));
		assertThat(written.status()).as(written.body()).isEqualTo(201);
		long id = written.json().path("id").asLong();
		Api.Response submitted = expert.post("/api/v1/publishing/blog/posts/" + id + "/submit", "");
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		Api.Response approved = editor.post("/api/v1/publishing/blog/posts/" + id + "/approve", "");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		return approved.json();
	}

	static String formToken(String html) {
		Matcher matcher = TOKEN.matcher(html);
		assertThat(matcher.find()).as("the article has a comment form").isTrue();
		return matcher.group(1);
	}

	static Api.Response comment(Api reader, String path, String token, String name, String text) {
		String form = "skjema=" + encode(token) + "&navn=" + encode(name) + "&kommentar=" + encode(text);
		return reader.send("POST", path + "/kommentarer", "application/x-www-form-urlencoded", form);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
