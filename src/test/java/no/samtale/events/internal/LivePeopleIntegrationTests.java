package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The scheduling form's people: a unit's people by name, for leaders and administrators only; and a nettprat's
 * leaders, helpers and moderators changed after it was announced, by whoever scheduled it, with each change kept.
 */
class LivePeopleIntegrationTests extends IntegrationTest {

	@Test
	void aLeaderReadsAUnitsPeopleByNameAndOthersMayNot() {
		Api leader = api().asDemo("leder");
		long unit = 0;
		for (JsonNode u : leader.get("/api/v1/units").json()) {
			if (u.path("name").asString().equals("NAV Kontaktsenter Hordaland")) {
				unit = u.path("id").asLong();
			}
		}

		Api.Response people = leader.get("/api/v1/events/live/people?unitId=" + unit);

		assertThat(people.status()).as(people.body()).isEqualTo(200);
		assertThat(people.json().findValuesAsString("name")).contains("Ingrid Solheim", "Ola Bergstrøm")
			.isSorted()
			.doesNotContain("Sverre Haugland");
		assertThat(people.body()).doesNotContain("Z9900").doesNotContain("veileder1");
		assertThat(api().asDemo("ansatt").get("/api/v1/events/live/people?unitId=" + unit).status()).isEqualTo(403);
		assertThat(leader.get("/api/v1/events/live/people").status()).isEqualTo(400);
	}

	@Test
	void whoeverScheduledANettpratChangesItsPeopleUntilItEndsAndEachChangeIsKept() {
		long event = Nettprat.event(api(), Instant.now().plus(Duration.ofDays(2)),
				Instant.now().plus(Duration.ofDays(2).plusHours(1)));
		Api leader = api().asDemo("leder");
		assertThat(leader.get("/api/v1/events/live/" + event).json().path("canManagePeople").asBoolean()).isTrue();
		long question = Nettprat.ask(api().asDemo("ansatt"), event, "Kommer det flere stillinger?", false);

		Api.Response changed = leader.put("/api/v1/events/live/" + event + "/people",
				people(List.of("leder", "leder2"), List.of(), List.of("moderator2")));
		assertThat(changed.status()).as(changed.body()).isEqualTo(204);

		JsonNode shown = api().asDemo("leder2").get("/api/v1/events/live/" + event).json();
		assertThat(shown.path("leaders").findValuesAsString("name")).containsExactlyInAnyOrder("Kari Aasen", "Randi Fosse");
		assertThat(shown.path("helpers").size()).isZero();
		assertThat(shown.path("moderators").findValuesAsString("name")).containsExactly("Geir Holm");
		assertThat(shown.path("canManagePeople").asBoolean()).as("a leader of it, not its scheduler").isFalse();
		assertThat(shown.path("peopleChanges").valueStream().map(c -> c.path("action").asString() + " "
				+ c.path("role").asString() + " " + c.path("person").path("name").asString() + " av "
				+ c.path("changedBy").path("name").asString()))
			.containsExactly("ADDED LEADER Randi Fosse av Kari Aasen", "REMOVED HELPER Per Kristian Moen av Kari Aasen",
					"REMOVED MODERATOR Marit Sønsteby av Kari Aasen", "ADDED MODERATOR Geir Holm av Kari Aasen");
		assertThat(api().asDemo("moderator").post(Nettprat.path(event, question, "approve"), "").status())
			.as("a moderator removed").isEqualTo(403);
		assertThat(api().asDemo("moderator2").post(Nettprat.path(event, question, "approve"), "").status())
			.as("a moderator added").isEqualTo(200);

		assertThat(leader.put("/api/v1/events/live/" + event + "/people",
				people(List.of("leder", "leder2"), List.of(), List.of("moderator2"))).status()).isEqualTo(204);
		assertThat(leader.get("/api/v1/events/live/" + event).json().path("peopleChanges").size())
			.as("the same people again change nothing").isEqualTo(4);
	}

	@Test
	void onlyItsSchedulerAndAdministratorsChangeItsPeopleAndABadChangeNamesTheField() {
		long event = Nettprat.event(api(), Instant.now().plus(Duration.ofDays(3)),
				Instant.now().plus(Duration.ofDays(3).plusHours(1)));
		String path = "/api/v1/events/live/" + event + "/people";
		String same = people(List.of("leder"), List.of("fagperson"), List.of("moderator"));
		assertThat(api().asDemo("leder2").put(path, same).status()).as("another leader").isEqualTo(403);
		assertThat(api().asDemo("moderator").put(path, same).status()).as("its moderator").isEqualTo(403);
		assertThat(api().asDemo("admin").put(path, same).status()).as("an administrator").isEqualTo(204);

		Api leader = api().asDemo("leder");
		Api.Response noModerator = leader.put(path, people(List.of("leder"), List.of(), List.of()));
		assertThat(noModerator.status()).isEqualTo(400);
		assertThat(noModerator.json().path("field").asString()).isEqualTo("moderatorIds");
		Api.Response unknown = leader.put(path, "{\"leaderIds\": [%d], \"helperIds\": [%d, 999999999], \"moderatorIds\": [%d]}"
			.formatted(id("leder"), id("fagperson"), id("moderator")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("field").asString()).isEqualTo("helperIds[1]");
		assertThat(unknown.json().path("errors").get(0).path("code").asString()).isEqualTo("LivePersonUnknown");
		assertThat(leader.put("/api/v1/events/live/999999999/people", same).status()).isEqualTo(404);
		assertThat(leader.get("/api/v1/events/live/" + event).json().path("peopleChanges").size())
			.as("nothing written by a refusal").isZero();

		long ended = Nettprat.event(api(), Instant.now().minus(Duration.ofHours(2)), Instant.now().minus(Duration.ofHours(1)));
		Api.Response late = leader.put("/api/v1/events/live/" + ended + "/people", same);
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.problemType()).isEqualTo("urn:samtale:problem:event-ended");
		assertThat(leader.get("/api/v1/events/live/" + ended).json().path("canManagePeople").asBoolean()).isFalse();
	}

	private String people(List<String> leaders, List<String> helpers, List<String> moderators) {
		return "{\"leaderIds\": %s, \"helperIds\": %s, \"moderatorIds\": %s}".formatted(ids(leaders), ids(helpers),
				ids(moderators));
	}

	private List<Long> ids(List<String> users) {
		return users.stream().map(this::id).toList();
	}

	private long id(String user) {
		return ForumSteps.userId(api().asDemo("admin"), user);
	}

}
