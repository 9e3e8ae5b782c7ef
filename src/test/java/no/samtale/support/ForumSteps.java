package no.samtale.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

/** Steps in the forum that tests of several modules take: finding demo spaces and users, asking and answering. */
public final class ForumSteps {

	private ForumSteps() {
	}

	public static long space(Api api, String name) {
		for (JsonNode space : api.get("/api/v1/spaces?size=200").json().path("items")) {
			if (space.path("name").asString().equals(name)) {
				return space.path("id").asLong();
			}
		}
		throw new AssertionError("No space " + name);
	}

	public static long ask(Api asker, long spaceId, String title, String body) {
		Api.Response asked = asker.post("/api/v1/spaces/" + spaceId + "/discussions", """
				{"title": "%s", "body": "%s", "question": true}""".formatted(title, body));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		return asked.json().path("id").asLong();
	}

	public static long reply(Api writer, long discussionId, String body) {
		Api.Response replied = writer.post("/api/v1/discussions/" + discussionId + "/messages",
				"{\"body\": \"" + body + "\"}");
		assertThat(replied.status()).as(replied.body()).isEqualTo(201);
		return replied.json().path("id").asLong();
	}

	public static long userId(Api admin, String username) {
		for (JsonNode user : admin.get("/api/v1/admin/users?size=200&q=" + username).json().path("items")) {
			if (user.path("username").asString().equals(username)) {
				return user.path("id").asLong();
			}
		}
		throw new AssertionError("No user " + username);
	}

	/** Uploads a file as a multipart form, the way the browser's file picker does. */
	public static Api.Response upload(Api api, String token, String filename, byte[] content) throws Exception {
		String boundary = "samtale" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/attachments"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), null,
				response.body());
	}

}
