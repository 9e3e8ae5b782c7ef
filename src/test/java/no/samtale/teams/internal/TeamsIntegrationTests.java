package no.samtale.teams.internal;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** Teams have members with a role in the team; admins set them, members see their own teams. */
class TeamsIntegrationTests extends IntegrationTest {

	@Test
	void anAdminSetsMembersWithTheirRolesInTheTeam() {
		Api admin = api().asDemo("admin");
		long advisor = id("veileder5");
		long editor = id("redaktor");
		Api.Response created = admin.post("/api/v1/teams", "{\"name\": \"Team " + TestText.unique() + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long team = created.json().path("id").asLong();

		Api.Response set = admin.put("/api/v1/teams/" + team + "/members", """
				{"members": [{"userId": %d, "role": "ADVISOR"}, {"userId": %d, "role": "EDITOR"}]}
				""".formatted(advisor, editor));

		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(roleOf(set.json(), editor)).isEqualTo("EDITOR");
		assertThat(roleOf(set.json(), advisor)).isEqualTo("ADVISOR");
		Api.Response byIds = admin.put("/api/v1/channels/teams/" + team + "/members",
				"{\"userIds\": [%d, %d, %d]}".formatted(advisor, editor, id("veileder4")));
		assertThat(roleOf(byIds.json(), editor)).as("a member keeps their role").isEqualTo("EDITOR");
		assertThat(roleOf(byIds.json(), id("veileder4"))).as("a newcomer answers citizens").isEqualTo("ADVISOR");
		JsonNode seen = api().asDemo("redaktor").get("/api/v1/teams").json();
		assertThat(seen.findValuesAsString("name")).contains(created.json().path("name").asString());
	}

	@Test
	void membersMustBeKnownAndOnlyAdminsSetThem() {
		Api admin = api().asDemo("admin");
		long team = admin.post("/api/v1/teams", "{\"name\": \"Team " + TestText.unique() + "\"}").json().path("id").asLong();

		Api.Response unknown = admin.put("/api/v1/teams/" + team + "/members",
				"{\"members\": [{\"userId\": 987654321, \"role\": \"EDITOR\"}]}");
		Api.Response neither = admin.put("/api/v1/teams/" + team + "/members", "{}");
		Api.Response byAdvisor = api().asDemo("veileder1").put("/api/v1/teams/" + team + "/members", "{\"userIds\": []}");

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("field").asString()).isEqualTo("members[0].userId");
		assertThat(neither.json().path("field").asString()).isEqualTo("members");
		assertThat(byAdvisor.status()).isEqualTo(403);
	}

	private long id(String username) {
		return api().asDemo(username).get("/api/v1/me").json().path("id").asLong();
	}

	private static String roleOf(JsonNode team, long userId) {
		for (JsonNode member : team.path("members")) {
			if (member.path("id").asLong() == userId) {
				return member.path("role").asString();
			}
		}
		throw new AssertionError("No member " + userId + " in " + team);
	}

}
