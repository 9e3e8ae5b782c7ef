package no.samtale.forum.internal;

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
		return ForumSteps.upload(api, token, filename, content);
	}

}
