package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** A nettprat announced in the forum when it is scheduled, and the announcement told when it moves. */
class NettpratAnnouncementIntegrationTests extends IntegrationTest {

	@Test
	void aScheduledNettpratIsAnnouncedWithItsTimeAndLinkAndAMoveIsPostedThere() {
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		Instant starts = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		Api.Response created = api().asDemo("leder").post("/api/v1/events/live", body(starts, space));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long event = created.json().path("id").asLong();

		long discussion = api().asDemo("ansatt").get("/api/v1/events/live/" + event).json().path("announcementDiscussionId")
			.asLong();
		JsonNode announced = api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).json();
		assertThat(announced.toString()).contains("/nettprat/" + event).contains("Nettprat: Allmøte");

		Api.Response refused = api().asDemo("ansatt").put("/api/v1/events/live/" + event + "/schedule",
				"{\"startsAt\": \"%s\", \"endsAt\": \"%s\"}".formatted(starts.plus(Duration.ofDays(1)),
						starts.plus(Duration.ofDays(1)).plus(Duration.ofHours(1))));
		assertThat(refused.status()).isEqualTo(403);
		Api.Response backwards = api().asDemo("moderator").put("/api/v1/events/live/" + event + "/schedule",
				"{\"startsAt\": \"%s\", \"endsAt\": \"%s\"}".formatted(starts, starts.minus(Duration.ofHours(1))));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.body()).contains("endsAt");

		Instant moved = starts.plus(Duration.ofDays(1));
		assertThat(api().asDemo("moderator").put("/api/v1/events/live/" + event + "/schedule",
				"{\"startsAt\": \"%s\", \"endsAt\": \"%s\"}".formatted(moved, moved.plus(Duration.ofHours(1)))).status())
			.isEqualTo(204);
		assertThat(Instant.parse(api().asDemo("ansatt").get("/api/v1/events/live/" + event).json().path("startsAt").asString()))
			.isEqualTo(moved);
		JsonNode thread = api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).json();
		assertThat(thread.path("messages").findValuesAsString("body")).anyMatch(b -> b.startsWith("Nettpraten er flyttet."));
	}

	@Test
	void anUnknownSpaceLeavesNoNettpratBehind() {
		int before = api().asDemo("ansatt").get("/api/v1/events/live").json().path("items").size();
		Api.Response refused = api().asDemo("leder").post("/api/v1/events/live",
				body(Instant.now().plus(Duration.ofDays(2)), 999_999_999L));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("announceInSpaceId");
		assertThat(api().asDemo("ansatt").get("/api/v1/events/live").json().path("items").size()).isEqualTo(before);
	}

	private String body(Instant starts, long space) {
		Api admin = api().asDemo("admin");
		return """
				{"title": "Allmøte %d", "description": "Spør ledelsen.", "startsAt": "%s", "endsAt": "%s",
				 "leaderIds": [%d], "moderatorIds": [%d], "announceInSpaceId": %d}
				""".formatted(System.nanoTime() % 1000, starts, starts.plus(Duration.ofHours(1)),
				ForumSteps.userId(admin, "leder"), ForumSteps.userId(admin, "moderator"), space);
	}

}
