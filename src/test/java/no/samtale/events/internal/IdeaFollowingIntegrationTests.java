package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Comments on ideas, following them, and who is told of a status change or a merge (through notifications). */
class IdeaFollowingIntegrationTests extends IntegrationTest {

	@Test
	void commentsAreKeptInOrderAndBadCommentsAreRefusedWithNothingWritten() {
		long idea = submit("ansatt", "Felles rullatorlager " + System.nanoTime());
		Api commenter = api().asDemo("veileder3");
		assertThat(commenter.post("/api/v1/ideas/" + idea + "/comments", "{\"body\": \"Godt forslag.\"}").status())
			.isEqualTo(201);
		assertThat(commenter.post("/api/v1/ideas/" + idea + "/comments", "{\"body\": \"Og billigere.\"}").status())
			.isEqualTo(201);

		Api.Response empty = commenter.post("/api/v1/ideas/" + idea + "/comments", "{\"body\": \"  \"}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body()).contains("body");
		assertThat(commenter.post("/api/v1/ideas/" + idea + "/comments",
				"{\"body\": \"" + "x".repeat(IdeaComments.MAX_LENGTH + 1) + "\"}").status()).isEqualTo(400);
		assertThat(commenter.post("/api/v1/ideas/" + idea + "/comments", "{\"body\": \"Gjelder 15088510140.\"}")
			.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(commenter.post("/api/v1/ideas/999999999/comments", "{\"body\": \"Hei\"}").status()).isEqualTo(404);

		JsonNode shown = commenter.get("/api/v1/ideas/" + idea).json();
		assertThat(shown.path("comments").findValuesAsString("body")).containsExactly("Godt forslag.", "Og billigere.");
		assertThat(shown.path("comments").get(0).path("author").path("name").asString()).isNotBlank();
		assertThat(shown.path("followedByMe").asBoolean()).as("commenting follows the idea").isTrue();
	}

	@Test
	void followersAreToldOfAStatusChangeAndCanStopFollowing() {
		String title = "Hjelpemiddelbuss " + System.nanoTime();
		long idea = submit("ansatt2", title);
		Api follower = api().asDemo("veileder4");
		assertThat(follower.get("/api/v1/ideas/" + idea).json().path("followedByMe").asBoolean()).isFalse();
		assertThat(follower.put("/api/v1/ideas/" + idea + "/follow", "").status()).isEqualTo(204);
		assertThat(follower.put("/api/v1/ideas/" + idea + "/follow", "").status()).as("following twice").isEqualTo(204);
		assertThat(follower.get("/api/v1/ideas/" + idea).json().path("followedByMe").asBoolean()).isTrue();
		assertThat(follower.put("/api/v1/ideas/999999999/follow", "").status()).isEqualTo(404);

		Api moderator = api().asDemo("moderator");
		assertThat(moderator.post("/api/v1/ideas/" + idea + "/status",
				"{\"status\": \"ASSESSING\", \"reason\": \"Vi ser på kostnadene.\"}").status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(ideaNotifications(follower, "IDEA_STATUS_CHANGED", idea)).as("the follower").isEqualTo(1);
			assertThat(ideaNotifications(api().asDemo("ansatt2"), "IDEA_STATUS_CHANGED", idea)).as("the author").isEqualTo(1);
		});
		assertThat(ideaNotifications(moderator, "IDEA_STATUS_CHANGED", idea)).as("not the one who acted").isZero();

		assertThat(follower.delete("/api/v1/ideas/" + idea + "/follow").status()).isEqualTo(204);
		assertThat(follower.get("/api/v1/ideas/" + idea).json().path("followedByMe").asBoolean()).isFalse();
	}

	@Test
	void votersOfAMergedIdeaAreToldAndItsFollowersFollowWhereItWent() {
		long into = submit("ansatt", "Tolkeapp for hørselshemmede " + System.nanoTime());
		long duplicate = submit("ansatt3", "App for tolking til hørselshemmede " + System.nanoTime());
		Api voter = api().asDemo("veileder2");
		assertThat(voter.post("/api/v1/ideas/" + duplicate + "/votes", "").status()).isEqualTo(201);
		Api follower = api().asDemo("veileder5");
		follower.put("/api/v1/ideas/" + duplicate + "/follow", "");

		assertThat(api().asDemo("moderator").post("/api/v1/ideas/" + duplicate + "/merge", "{\"intoId\": " + into + "}")
			.status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(ideaNotifications(voter, "IDEA_MERGED", into)).as("the voter, led to where the vote went").isEqualTo(1);
			assertThat(ideaNotifications(follower, "IDEA_MERGED", into)).as("the follower").isEqualTo(1);
		});
		assertThat(follower.get("/api/v1/ideas/" + into).json().path("followedByMe").asBoolean()).isTrue();
		assertThat(voter.get("/api/v1/ideas/" + into).json().path("votedByMe").asBoolean()).isTrue();
		assertThat(voter.post("/api/v1/ideas/" + duplicate + "/comments", "{\"body\": \"Hei\"}").problemType())
			.isEqualTo("urn:samtale:problem:idea-closed");
	}

	private static long ideaNotifications(Api reader, String kind, long ideaId) {
		JsonNode items = reader.get("/api/v1/notifications?size=100").json().path("items");
		return items.valueStream()
			.filter(n -> n.path("kind").asString().equals(kind) && n.path("ideaId").asLong() == ideaId)
			.count();
	}

	private long submit(String user, String title) {
		long space = api().asDemo(user).get("/api/v1/ideas").json().path("spaceId").asLong();
		Api.Response created = api().asDemo(user).post("/api/v1/ideas",
				"{\"spaceId\": %d, \"title\": \"%s\", \"body\": \"En beskrivelse.\"}".formatted(space, title));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

}
