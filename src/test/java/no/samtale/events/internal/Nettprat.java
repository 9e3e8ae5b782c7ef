package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;

/** Steps the nettprat tests share: an event of the test's own, questions asked and approved. */
final class Nettprat {

	private Nettprat() {
	}

	/** A nettprat led by {@code leder}, {@code fagperson} typing for her, {@code moderator} moderating. */
	static long event(Api api, Instant startsAt, Instant endsAt) {
		Api admin = api.asDemo("admin");
		String body = """
				{"title": "Testnettprat %d", "description": "Til test.", "startsAt": "%s", "endsAt": "%s",
				 "leaderIds": [%d], "helperIds": [%d], "moderatorIds": [%d]}
				""".formatted(System.nanoTime(), startsAt, endsAt, ForumSteps.userId(admin, "leder"),
				ForumSteps.userId(admin, "fagperson"), ForumSteps.userId(admin, "moderator"));
		Api.Response created = api.asDemo("leder").post("/api/v1/events/live", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	static long liveEvent(Api api) {
		return event(api, Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofHours(1)));
	}

	static long ask(Api asker, long event, String text, boolean anonymous) {
		Api.Response asked = asker.post("/api/v1/events/live/" + event + "/questions",
				"{\"text\": \"%s\", \"anonymous\": %s}".formatted(text, anonymous));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		return asked.json().path("id").asLong();
	}

	static long approved(Api api, long event, String text) {
		long question = ask(api.asDemo("ansatt"), event, text, false);
		assertThat(api.asDemo("moderator").post(path(event, question, "approve"), "").status()).isEqualTo(200);
		return question;
	}

	static String path(long event, long question, String action) {
		return "/api/v1/events/live/" + event + "/questions/" + question + "/" + action;
	}

}
