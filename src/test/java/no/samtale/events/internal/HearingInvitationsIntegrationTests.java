package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A sent hearing's invited units change while it is open: a unit added is invited and told, a unit handed to another
 * person is answered and approved by them, a unit that has answered keeps its invitation, and each change is kept
 * with who made it; only the hearing's managers change it, and a bad change names its field and writes nothing.
 */
class HearingInvitationsIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSentHearingInvitesAnAddedUnitHandsAUnitToAnotherPersonAndKeepsEachChange() {
		Api leader = api().asDemo("leder");
		long hamar = unit("NAV Hamar");
		long oppland = unit("NAV Kontaktsenter Oppland");
		long hearing = sentHearing(leader, hamar, "moderator2");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(invitedNotices(api().asDemo("moderator2"), hearing)).as("told when sent").isEqualTo(1));

		Api.Response invited = leader.post("/api/v1/hearings/" + hearing + "/units",
				"{\"unitId\": %d, \"responsibleId\": %d}".formatted(oppland, id("veileder4")));
		assertThat(invited.status()).as(invited.body()).isEqualTo(201);
		JsonNode added = unitOf(api().asDemo("veileder4").get("/api/v1/hearings/" + hearing).json(), oppland);
		assertThat(added.path("status").asString()).isEqualTo("NOT_ANSWERED");
		assertThat(added.path("responsible").path("name").asString()).isEqualTo("Silje Nygård");
		assertThat(added.path("canSpeakFor").asBoolean()).isTrue();

		// Someone of NAV Hamar answers for it; the answer waits for the unit's responsible person.
		long section = leader.get("/api/v1/hearings/" + hearing).json().path("sections").get(0).path("id").asLong();
		Api.Response answer = api().asDemo("fagperson3").post("/api/v1/hearings/" + hearing + "/responses",
				"{\"unitId\": %d, \"answers\": [{\"sectionId\": %d, \"stance\": \"AGREE\"}]}".formatted(hamar, section));
		assertThat(answer.json().path("status").asString()).as(answer.body()).isEqualTo("AWAITING_APPROVAL");

		Api.Response handed = leader.put("/api/v1/hearings/" + hearing + "/units/" + hamar,
				"{\"responsibleId\": %d}".formatted(id("ansatt2")));
		assertThat(handed.status()).as(handed.body()).isEqualTo(204);
		JsonNode asNewResponsible = api().asDemo("ansatt2").get("/api/v1/hearings/" + hearing).json();
		assertThat(unitOf(asNewResponsible, hamar).path("responsible").path("name").asString()).isEqualTo("Jon Olsen");
		assertThat(asNewResponsible.path("awaitingMyApproval").size()).as("the waiting answer is theirs to approve")
			.isEqualTo(1);
		assertThat(api().asDemo("moderator2").get("/api/v1/hearings/" + hearing).json().path("awaitingMyApproval").size())
			.isZero();

		Api.Response answered = leader.delete("/api/v1/hearings/" + hearing + "/units/" + hamar);
		assertThat(answered.status()).isEqualTo(409);
		assertThat(answered.problemType()).isEqualTo("urn:samtale:problem:hearing-unit-answered");
		assertThat(answered.json().path("field").asString()).isEqualTo("unitId");
		assertThat(leader.delete("/api/v1/hearings/" + hearing + "/units/" + oppland).status()).isEqualTo(204);
		JsonNode after = leader.get("/api/v1/hearings/" + hearing).json();
		assertThat(after.path("units").valueStream().map(u -> u.path("name").asString())).containsExactly("NAV Hamar");

		assertThat(after.path("unitChanges").valueStream().map(c -> c.path("action").asString() + " "
				+ c.path("unitName").asString() + " " + name(c.path("responsible")) + " (før "
				+ name(c.path("previousResponsible")) + ") av " + name(c.path("changedBy"))))
			.containsExactly("INVITED NAV Kontaktsenter Oppland Silje Nygård (før -) av Kari Aasen",
					"RESPONSIBLE_CHANGED NAV Hamar Jon Olsen (før Geir Holm) av Kari Aasen",
					"WITHDRAWN NAV Kontaktsenter Oppland - (før Silje Nygård) av Kari Aasen");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(invitedNotices(api().asDemo("veileder4"), hearing)).as("the added unit's person").isEqualTo(1);
			assertThat(invitedNotices(api().asDemo("ansatt2"), hearing)).as("the new responsible person").isEqualTo(1);
		});
		assertThat(invitedNotices(leader, hearing)).as("not the one who changed it").isZero();
	}

	@Test
	void onlyTheManagersChangeTheUnitsWhileTheHearingIsOpenAndABadChangeNamesItsField() {
		Api leader = api().asDemo("leder");
		long hamar = unit("NAV Hamar");
		long oppland = unit("NAV Kontaktsenter Oppland");
		long hearing = sentHearing(leader, hamar, "moderator2");
		String invite = "{\"unitId\": %d, \"responsibleId\": %d}".formatted(oppland, id("veileder4"));

		assertThat(api().asDemo("leder2").post("/api/v1/hearings/" + hearing + "/units", invite).status())
			.as("another leader").isEqualTo(403);
		assertThat(api().asDemo("moderator2").delete("/api/v1/hearings/" + hearing + "/units/" + hamar).status())
			.as("the unit's own responsible person").isEqualTo(403);
		Api.Response twice = leader.post("/api/v1/hearings/" + hearing + "/units",
				"{\"unitId\": %d, \"responsibleId\": %d}".formatted(hamar, id("ansatt2")));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.json().path("field").asString()).isEqualTo("unitId");
		assertThat(twice.json().path("errors").get(0).path("code").asString()).isEqualTo("HearingUnitInvitedOnce");
		Api.Response noSuchUnit = leader.post("/api/v1/hearings/" + hearing + "/units",
				"{\"unitId\": 999999999, \"responsibleId\": %d}".formatted(id("ansatt2")));
		assertThat(noSuchUnit.json().path("field").asString()).isEqualTo("unitId");
		Api.Response nobody = leader.post("/api/v1/hearings/" + hearing + "/units",
				"{\"unitId\": %d, \"responsibleId\": 999999999}".formatted(oppland));
		assertThat(nobody.status()).isEqualTo(400);
		assertThat(nobody.json().path("field").asString()).isEqualTo("responsibleId");
		Api.Response missing = leader.post("/api/v1/hearings/" + hearing + "/units", "{\"unitId\": %d}".formatted(oppland));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().path("field").asString()).isEqualTo("responsibleId");
		assertThat(leader.put("/api/v1/hearings/" + hearing + "/units/" + oppland, "{\"responsibleId\": %d}"
			.formatted(id("ansatt2"))).status()).as("a unit not invited").isEqualTo(404);
		assertThat(api().asDemo("admin").post("/api/v1/hearings/" + hearing + "/units", invite).status())
			.as("an administrator").isEqualTo(201);
		assertThat(leader.get("/api/v1/hearings/" + hearing).json().path("unitChanges").size())
			.as("only the change made").isEqualTo(1);

		jdbc.sql("update events_hearing set deadline = :past where id = :id")
			.param("past", Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))))
			.param("id", hearing)
			.update();
		Api.Response closed = leader.delete("/api/v1/hearings/" + hearing + "/units/" + oppland);
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.problemType()).isEqualTo("urn:samtale:problem:hearing-closed");
		assertThat(leader.get("/api/v1/hearings/" + hearing).json().path("units").size()).isEqualTo(2);
	}

	private long sentHearing(Api leader, long unitId, String responsible) {
		Api.Response created = leader.post("/api/v1/hearings", """
				{"title": "Høring om kontortid %d", "summary": "Forslaget.", "deadline": "%s", "anonymousAllowed": false,
				 "sections": [{"title": "Åpningstider"}], "units": [{"unitId": %d, "responsibleId": %d}]}
				""".formatted(System.nanoTime(), Instant.now().plus(Duration.ofDays(10)), unitId, id(responsible)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private static String name(JsonNode person) {
		return person.isObject() ? person.path("name").asString() : "-";
	}

	private static JsonNode unitOf(JsonNode hearing, long unitId) {
		return hearing.path("units").valueStream().filter(u -> u.path("unitId").asLong() == unitId).findFirst().orElseThrow();
	}

	private static long invitedNotices(Api reader, long hearing) {
		List<JsonNode> items = reader.get("/api/v1/notifications?size=100").json().path("items").valueStream().toList();
		return items.stream()
			.filter(n -> n.path("kind").asString().equals("HEARING_INVITED") && n.path("hearingId").asLong() == hearing)
			.count();
	}

	private long id(String user) {
		return ForumSteps.userId(api().asDemo("admin"), user);
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
