package no.samtale.support;

import static org.assertj.core.api.Assertions.assertThat;

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

}
