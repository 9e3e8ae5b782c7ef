package no.samtale.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;

/** Small steps the forum tests share: finding demo spaces and users, asking and answering. */
final class Forum {

	static final String RULES = "Faglig veiledning på regelverksspørsmål";

	static final String GROUP = "Sykefraværsoppfølging";

	private Forum() {
	}

	static long space(Api api, String name) {
		for (JsonNode space : api.get("/api/v1/spaces?size=200").json().path("items")) {
			if (space.path("name").asString().equals(name)) {
				return space.path("id").asLong();
			}
		}
		throw new AssertionError("No space " + name);
	}

	static long ask(Api asker, long spaceId, String title, String body) {
		Api.Response asked = asker.post("/api/v1/spaces/" + spaceId + "/discussions", """
				{"title": "%s", "body": "%s", "question": true}""".formatted(title, body));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		return asked.json().path("id").asLong();
	}

	static long reply(Api writer, long discussionId, String body) {
		Api.Response replied = writer.post("/api/v1/discussions/" + discussionId + "/messages",
				"{\"body\": \"" + body + "\"}");
		assertThat(replied.status()).as(replied.body()).isEqualTo(201);
		return replied.json().path("id").asLong();
	}

	static long userId(Api admin, String username) {
		for (JsonNode user : admin.get("/api/v1/admin/users?size=200&q=" + username).json().path("items")) {
			if (user.path("username").asString().equals(username)) {
				return user.path("id").asLong();
			}
		}
		throw new AssertionError("No user " + username);
	}

	static long unit(Api api, String name) {
		for (JsonNode unit : api.get("/api/v1/units").json()) {
			if (unit.path("name").asString().equals(name)) {
				return unit.path("id").asLong();
			}
		}
		throw new AssertionError("No unit " + name);
	}

}
