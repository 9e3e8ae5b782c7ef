package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** The weekly editorial meeting: generated from the wheel and the posts, minutes kept, actions with an owner. */
class PublishingMeetingIntegrationTests extends IntegrationTest {

	@Test
	void theMeetingShowsTheWheelLastWeekAndTheOpenActionsAndKeepsTheMinutes() {
		Api redaktor = api().asDemo("redaktor");
		long team = team("NAV Foreldrepenger");
		String week = IsoWeek.of(LocalDate.now(Calendar.OSLO)).toString();

		Api.Response meeting = redaktor.get("/api/v1/publishing/meetings/" + team + "/" + week);
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(200);
		JsonNode body = meeting.json();
		assertThat(body.path("upcomingThemes").size()).as("the all-year theme at least").isPositive();
		assertThat(body.path("lastWeekPosts").size()).as("the demo published posts last week").isPositive();
		assertThat(body.path("actions").findValuesAsString("text"))
			.as("an action of last week's meeting still open").contains("Skriv tre innlegg om ferie og foreldrepenger");

		long owner = body.path("lastWeekPosts").get(0).path("author").path("id").asLong();
		Api.Response minutes = redaktor.put("/api/v1/publishing/meetings/" + team + "/" + week + "/minutes",
				"{\"minutes\": \"Vi løfter G-reguleringen.\"}");
		Api.Response action = redaktor.post("/api/v1/publishing/meetings/" + team + "/" + week + "/actions",
				"{\"text\": \"Lag utkast om G\", \"ownerId\": " + owner + "}");
		Api.Response noOwner = redaktor.post("/api/v1/publishing/meetings/" + team + "/" + week + "/actions",
				"{\"text\": \"Uten eier\"}");
		Api.Response badWeek = redaktor.get("/api/v1/publishing/meetings/" + team + "/2026-49");
		Api.Response outsider = api().asDemo("admin").get("/api/v1/publishing/meetings/" + team + "/" + week);
		Api.Response markdown = redaktor.get("/api/v1/publishing/meetings/" + team + "/" + week + "/markdown");

		assertThat(minutes.json().path("minutes").asString()).isEqualTo("Vi løfter G-reguleringen.");
		assertThat(action.status()).isEqualTo(201);
		assertThat(action.json().path("actions").findValuesAsString("text")).contains("Lag utkast om G");
		assertThat(noOwner.json().path("field").asString()).isEqualTo("ownerId");
		assertThat(badWeek.json().path("field").asString()).isEqualTo("isoWeek");
		assertThat(outsider.status()).isEqualTo(200);
		assertThat(markdown.body()).startsWith("# Redaksjonsmøte NAV Foreldrepenger, uke " + week)
			.contains("Vi løfter G-reguleringen.").contains("- [ ] Lag utkast om G");
	}

	private long team(String name) {
		for (JsonNode t : api().asDemo("admin").get("/api/v1/channels/teams").json()) {
			if (t.path("name").asString().equals(name)) {
				return t.path("id").asLong();
			}
		}
		throw new AssertionError("No team " + name);
	}

}
