package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A hearing prepared as a draft: seen and answered by nobody until its creator sends it, edited until then, and
 * never changed after; each refusal names the field, a unit by its row.
 */
class HearingDraftsIntegrationTests extends IntegrationTest {

	@Test
	void aDraftIsTheCreatorsUntilSentThenTheUnitsAnswerItAndItNoLongerChanges() {
		Api leader = api().asDemo("leder");
		long hamar = unit("NAV Hamar");
		long responsible = ForumSteps.userId(api().asDemo("admin"), "moderator2");
		String title = "Utkast til høring " + System.nanoTime();
		Api.Response created = leader.post("/api/v1/hearings", hearing(title, Instant.now().plus(Duration.ofDays(10)),
				"[{\"title\": \"Første utkast\"}]", "[{\"unitId\": %d, \"responsibleId\": %d}]".formatted(hamar, responsible), true));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().path("id").asLong();

		assertThat(leader.get("/api/v1/hearings/" + id).json().path("draft").asBoolean()).isTrue();
		assertThat(titles(leader)).contains(title);
		assertThat(titles(api().asDemo("ansatt2"))).doesNotContain(title);
		assertThat(api().asDemo("ansatt2").get("/api/v1/hearings/" + id).status()).isEqualTo(404);
		assertThat(api().asDemo("leder2").put("/api/v1/hearings/" + id, hearing(title, Instant.now().plus(Duration.ofDays(9)),
				"[{\"title\": \"Kapret\"}]", "[]", true)).status()).isEqualTo(404);
		long section = leader.get("/api/v1/hearings/" + id).json().path("sections").get(0).path("id").asLong();
		Api.Response early = leader.post("/api/v1/hearings/" + id + "/responses",
				"{\"answers\": [{\"sectionId\": %d, \"stance\": \"AGREE\"}]}".formatted(section));
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.problemType()).isEqualTo("urn:samtale:problem:hearing-draft");

		Api.Response edited = leader.put("/api/v1/hearings/" + id, hearing(title + " (revidert)",
				Instant.now().plus(Duration.ofDays(12)), "[{\"title\": \"Del én\"}, {\"title\": \"Del to\", \"body\": \"Mer.\"}]",
				"[{\"unitId\": %d, \"responsibleId\": %d}]".formatted(hamar, responsible), true));
		assertThat(edited.status()).as(edited.body()).isEqualTo(204);
		JsonNode draft = leader.get("/api/v1/hearings/" + id).json();
		assertThat(draft.path("title").asString()).endsWith("(revidert)");
		assertThat(draft.path("sections").valueStream().map(s -> s.path("title").asString())).containsExactly("Del én", "Del to");

		assertThat(leader.post("/api/v1/hearings/" + id + "/send", "").status()).isEqualTo(204);
		JsonNode sent = api().asDemo("moderator2").get("/api/v1/hearings/" + id).json();
		assertThat(sent.path("draft").asBoolean()).isFalse();
		long first = sent.path("sections").get(0).path("id").asLong();
		Api.Response answer = api().asDemo("moderator2").post("/api/v1/hearings/" + id + "/responses",
				"{\"unitId\": %d, \"answers\": [{\"sectionId\": %d, \"stance\": \"AGREE\"}]}".formatted(hamar, first));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		Api.Response late = leader.put("/api/v1/hearings/" + id, hearing(title, Instant.now().plus(Duration.ofDays(12)),
				"[{\"title\": \"Endret etterpå\"}]", "[]", true));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.problemType()).isEqualTo("urn:samtale:problem:hearing-sent");
		assertThat(leader.post("/api/v1/hearings/" + id + "/send", "").status()).isEqualTo(409);
	}

	@Test
	void aBadHearingNamesTheFieldAndTheUnitsRowAndWritesNothing() {
		Api leader = api().asDemo("leder");
		long hamar = unit("NAV Hamar");
		long responsible = ForumSteps.userId(api().asDemo("admin"), "moderator2");
		String title = "Feil høring " + System.nanoTime();
		Instant later = Instant.now().plus(Duration.ofDays(5));

		Api.Response past = leader.post("/api/v1/hearings", hearing(title, Instant.now().minus(Duration.ofHours(1)),
				"[{\"title\": \"Del\"}]", "[]", true));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().path("field").asString()).isEqualTo("deadline");
		assertThat(past.json().path("errors").get(0).path("code").asString()).isEqualTo("HearingDeadlineInFuture");

		Api.Response twice = leader.post("/api/v1/hearings", hearing(title, later, "[{\"title\": \"Del\"}]",
				"[{\"unitId\": %d, \"responsibleId\": %d}, {\"unitId\": %d, \"responsibleId\": %d}]".formatted(hamar,
						responsible, hamar, responsible), false));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.json().path("field").asString()).isEqualTo("units[1].unitId");
		assertThat(twice.json().path("errors").get(0).path("code").asString()).isEqualTo("HearingUnitInvitedOnce");

		Api.Response nobody = leader.post("/api/v1/hearings", hearing(title, later, "[{\"title\": \"Del\"}]",
				"[{\"unitId\": %d, \"responsibleId\": 999999999}]".formatted(hamar), false));
		assertThat(nobody.status()).isEqualTo(400);
		assertThat(nobody.json().path("field").asString()).isEqualTo("units[0].responsibleId");

		Api.Response untitled = leader.post("/api/v1/hearings", hearing(title, later, "[{\"title\": \"\"}]", "[]", false));
		assertThat(untitled.status()).isEqualTo(400);
		assertThat(untitled.json().path("field").asString()).isEqualTo("sections[0].title");

		assertThat(titles(leader)).doesNotContain(title);
	}

	private static String hearing(String title, Instant deadline, String sections, String units, boolean draft) {
		return """
				{"title": "%s", "summary": "Forslaget.", "deadline": "%s", "anonymousAllowed": false,
				 "sections": %s, "units": %s, "draft": %s}
				""".formatted(title, deadline, sections, units, draft);
	}

	private java.util.List<String> titles(Api api) {
		return api.get("/api/v1/hearings").json().path("items").valueStream().map(h -> h.path("title").asString()).toList();
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
