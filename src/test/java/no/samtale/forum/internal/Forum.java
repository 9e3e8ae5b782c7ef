package no.samtale.forum.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;

/** Small steps the forum tests share: finding demo spaces and users, asking and answering. */
final class Forum {

	static final String RULES = "Faglig veiledning på regelverksspørsmål";

	static final String GROUP = "Sykefraværsoppfølging";

	private Forum() {
	}

	static long space(Api api, String name) {
		return ForumSteps.space(api, name);
	}

	static long ask(Api asker, long spaceId, String title, String body) {
		return ForumSteps.ask(asker, spaceId, title, body);
	}

	static long reply(Api writer, long discussionId, String body) {
		return ForumSteps.reply(writer, discussionId, body);
	}

	static long userId(Api admin, String username) {
		return ForumSteps.userId(admin, username);
	}

	static long unit(Api api, String name) {
		for (JsonNode unit : api.get("/api/v1/units").json()) {
			if (unit.path("name").asString().equals(name)) {
				return unit.path("id").asLong();
			}
		}
		throw new AssertionError("No unit " + name);
	}

	/** Uploads a file as a multipart form, the way the browser's file picker does. */
	static Api.Response upload(Api api, String token, String filename, byte[] content) throws Exception {
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
