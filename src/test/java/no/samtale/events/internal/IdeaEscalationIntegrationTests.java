package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * An idea lifted to a directorate department as a forum escalation: only the idea space's moderators lift it, the
 * forum holds the escalation, and the idea carries its state and the department's answer; a refusal leaves nothing.
 */
class IdeaEscalationIntegrationTests extends IntegrationTest {

	@Test
	void theSpacesModeratorLiftsAnIdeaAndTheIdeaCarriesTheDepartmentsAnswer() {
		long idea = submit("Felles utlån av rullestoler mellom kommuner " + System.nanoTime());
		long department = unit("Ytelsesavdelingen – regelverk");
		Api moderator = api().asDemo("moderator");
		assertThat(moderator.get("/api/v1/ideas/" + idea).json().path("canEscalate").asBoolean()).isTrue();
		assertThat(api().asDemo("ansatt").get("/api/v1/ideas/" + idea).json().path("canEscalate").asBoolean()).isFalse();

		Api.Response lifted = moderator.post("/api/v1/ideas/" + idea + "/escalations",
				"{\"departmentId\": %d, \"reason\": \"Regelverket sier ikke hvem som eier stolen.\"}".formatted(department));
		assertThat(lifted.status()).as(lifted.body()).isEqualTo(201);
		long escalation = lifted.json().path("escalationId").asLong();
		long discussion = lifted.json().path("discussionId").asLong();

		JsonNode shown = api().asDemo("ansatt").get("/api/v1/ideas/" + idea).json().path("escalation");
		assertThat(shown.path("id").asLong()).isEqualTo(escalation);
		assertThat(shown.path("state").asString()).isEqualTo("RAISED");
		assertThat(shown.path("departmentName").asString()).isEqualTo("Ytelsesavdelingen – regelverk");
		assertThat(shown.path("reason").asString()).isEqualTo("Regelverket sier ikke hvem som eier stolen.");
		assertThat(shown.path("raisedBy").path("name").asString()).isEqualTo("Marit Sønsteby");
		JsonNode forum = moderator.get("/api/v1/discussions/" + discussion).json();
		assertThat(forum.path("title").asString()).startsWith("Idé: Felles utlån av rullestoler");
		assertThat(forum.path("escalation").path("id").asLong()).isEqualTo(escalation);

		Api.Response twice = moderator.post("/api/v1/ideas/" + idea + "/escalations",
				"{\"departmentId\": %d, \"reason\": \"En gang til.\"}".formatted(department));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.problemType()).isEqualTo("urn:samtale:problem:idea-escalated");

		Api.Response answered = api().asDemo("fagperson2").post("/api/v1/escalations/" + escalation + "/answer",
				"{\"answer\": \"Stolen eies av NAV Hjelpemiddelsentral i fylket den står i.\"}");
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		JsonNode after = api().asDemo("ansatt").get("/api/v1/ideas/" + idea).json().path("escalation");
		assertThat(after.path("state").asString()).isEqualTo("ANSWERED");
		assertThat(after.path("answer").asString()).isEqualTo("Stolen eies av NAV Hjelpemiddelsentral i fylket den står i.");
		assertThat(after.path("answeredBy").path("name").asString()).isEqualTo("Lene Strand");

		// Closed, it may be lifted again, on the same discussion.
		assertThat(moderator.post("/api/v1/escalations/" + escalation + "/close", "").status()).isEqualTo(200);
		Api.Response again = moderator.post("/api/v1/ideas/" + idea + "/escalations",
				"{\"departmentId\": %d, \"reason\": \"Nye spørsmål etter svaret.\"}".formatted(department));
		assertThat(again.status()).as(again.body()).isEqualTo(201);
		assertThat(again.json().path("discussionId").asLong()).isEqualTo(discussion);
		assertThat(api().asDemo("ansatt").get("/api/v1/ideas/" + idea).json().path("escalation").path("state").asString())
			.isEqualTo("RAISED");
	}

	@Test
	void theIdeasFollowersAreToldWhenTheDepartmentAnswersOncePerPersonAndNeverTheAnswerer() {
		long idea = submit("Utlån av hørselsutstyr på kveldstid " + System.nanoTime());
		long department = unit("Ytelsesavdelingen – regelverk");
		Api follower = api().asDemo("veileder3");
		Api moderator = api().asDemo("moderator");
		Api answerer = api().asDemo("fagperson2");
		for (Api api : new Api[] { follower, moderator, answerer }) {
			assertThat(api.put("/api/v1/ideas/" + idea + "/follow", "").status()).isEqualTo(204);
		}
		Api.Response lifted = moderator.post("/api/v1/ideas/" + idea + "/escalations",
				"{\"departmentId\": %d, \"reason\": \"Hvem betaler for kveldsåpent?\"}".formatted(department));
		assertThat(lifted.status()).as(lifted.body()).isEqualTo(201);
		long escalation = lifted.json().path("escalationId").asLong();
		long discussion = lifted.json().path("discussionId").asLong();

		assertThat(answerer.post("/api/v1/escalations/" + escalation + "/answer",
				"{\"answer\": \"Hjelpemiddelsentralen dekker det innenfor rammen.\"}").status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(notifications(follower, "IDEA_ESCALATION_ANSWERED", "ideaId", idea)).as("a follower").isEqualTo(1);
			assertThat(notifications(api().asDemo("ansatt"), "IDEA_ESCALATION_ANSWERED", "ideaId", idea))
				.as("the author, who follows from the start").isEqualTo(1);
			assertThat(notifications(moderator, "IDEA_ESCALATION_ANSWERED", "ideaId", idea)
					+ notifications(moderator, "ESCALATION_ANSWERED", "discussionId", discussion))
				.as("the moderator who raised it and follows the idea").isPositive();
		});
		assertThat(notifications(moderator, "IDEA_ESCALATION_ANSWERED", "ideaId", idea)
				+ notifications(moderator, "ESCALATION_ANSWERED", "discussionId", discussion))
			.as("told once, by whichever path came first").isEqualTo(1);
		assertThat(notifications(answerer, "IDEA_ESCALATION_ANSWERED", "ideaId", idea)).as("not the answerer").isZero();
		JsonNode told = follower.get("/api/v1/notifications?size=100").json().path("items").valueStream()
			.filter(n -> n.path("kind").asString().equals("IDEA_ESCALATION_ANSWERED") && n.path("ideaId").asLong() == idea)
			.findFirst()
			.orElseThrow();
		assertThat(told.path("text").asString()).as("the idea's title, which leads to the idea")
			.startsWith("Utlån av hørselsutstyr på kveldstid");
	}

	@Test
	void onlyTheSpacesModeratorsLiftAndABadLiftLeavesNothingBehind() {
		long idea = submit("Hjelpemidler på lager ved hvert kontor " + System.nanoTime());
		long department = unit("Ytelsesavdelingen – regelverk");
		String lift = "{\"departmentId\": %d, \"reason\": \"Prinsipielt.\"}".formatted(department);
		assertThat(api().asDemo("ansatt").post("/api/v1/ideas/" + idea + "/escalations", lift).status()).isEqualTo(403);
		// A moderator of other spaces is no moderator of this one.
		assertThat(api().asDemo("moderator2").post("/api/v1/ideas/" + idea + "/escalations", lift).status()).isEqualTo(403);

		Api moderator = api().asDemo("moderator");
		long discussionsBefore = discussions(moderator);
		Api.Response notADepartment = moderator.post("/api/v1/ideas/" + idea + "/escalations",
				"{\"departmentId\": %d, \"reason\": \"Prinsipielt.\"}".formatted(unit("NAV Hamar")));
		assertThat(notADepartment.status()).isEqualTo(400);
		assertThat(notADepartment.json().path("field").asString()).isEqualTo("departmentId");
		Api.Response noReason = moderator.post("/api/v1/ideas/" + idea + "/escalations",
				"{\"departmentId\": %d, \"reason\": \" \"}".formatted(department));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().path("field").asString()).isEqualTo("reason");
		Api.Response personal = moderator.post("/api/v1/ideas/" + idea + "/escalations",
				"{\"departmentId\": %d, \"reason\": \"Gjelder 15088510140.\"}".formatted(department));
		assertThat(personal.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(discussions(moderator)).as("no discussion left behind by a refused lift").isEqualTo(discussionsBefore);
		assertThat(moderator.get("/api/v1/ideas/" + idea).json().path("escalation").isNull()).isTrue();

		long into = submit("Lager for hjelpemidler ved kontorene " + System.nanoTime());
		assertThat(moderator.post("/api/v1/ideas/" + idea + "/merge", "{\"intoId\": " + into + "}").status()).isEqualTo(200);
		Api.Response merged = moderator.post("/api/v1/ideas/" + idea + "/escalations", lift);
		assertThat(merged.status()).isEqualTo(409);
		assertThat(merged.problemType()).isEqualTo("urn:samtale:problem:idea-closed");
	}

	private long submit(String title) {
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		Api.Response created = api().asDemo("ansatt").post("/api/v1/ideas",
				"{\"spaceId\": %d, \"title\": \"%s\", \"body\": \"Beskrivelse av idéen.\"}".formatted(space, title));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private static long notifications(Api reader, String kind, String idField, long id) {
		return reader.get("/api/v1/notifications?size=100").json().path("items").valueStream()
			.filter(n -> n.path("kind").asString().equals(kind) && n.path(idField).asLong() == id)
			.count();
	}

	private long discussions(Api api) {
		long space = api.get("/api/v1/ideas").json().path("spaceId").asLong();
		return api.get("/api/v1/spaces/" + space + "/discussions?size=1").json().path("totalElements").asLong();
	}

	private long unit(String name) {
		for (JsonNode unit : api().asDemo("admin").get("/api/v1/units").json()) {
			if (unit.path("name").asString().equals(name)) {
				return unit.path("id").asLong();
			}
		}
		throw new AssertionError("no unit " + name);
	}

}
