package no.samtale.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Who may read and write where: unopened topics, open and closed groups, membership. */
class TopicsAndGroupsIntegrationTests extends IntegrationTest {

	private Api admin() {
		return api().asDemo("admin");
	}

	@Test
	void aTopicOpensToReadersOnlyOnceItHasAModeratorAndAnExpert() {
		Api.Response created = admin().post("/api/v1/spaces", """
				{"kind": "TOPIC", "name": "Dagpenger – nytt tema %d", "description": "Spørsmål om dagpenger"}"""
			.formatted(System.nanoTime()));
		long topic = created.json().path("id").asLong();
		assertThat(created.json().path("open").asBoolean()).isFalse();

		assertThat(api().asDemo("ansatt").get("/api/v1/spaces/" + topic).status()).isEqualTo(404);
		Api.Response early = api().asDemo("ansatt").post("/api/v1/spaces/" + topic + "/discussions", """
				{"title": "For tidlig", "body": "Er det åpent?"}""");
		assertThat(early.status()).isEqualTo(404);

		Api.Response unstaffed = admin().post("/api/v1/spaces/" + topic + "/open", null);
		assertThat(unstaffed.status()).isEqualTo(409);
		assertThat(unstaffed.problemType()).isEqualTo("urn:samtale:problem:topic-not-staffed");

		long moderator = Forum.userId(admin(), "moderator");
		admin().put("/api/v1/spaces/" + topic + "/staff", "{\"moderatorIds\": [" + moderator + "], \"expertIds\": []}");
		assertThat(admin().post("/api/v1/spaces/" + topic + "/open", null).json().path("detail").asString())
			.contains("expert");

		long expert = Forum.userId(admin(), "fagperson2");
		admin().put("/api/v1/spaces/" + topic + "/staff",
				"{\"moderatorIds\": [" + moderator + "], \"expertIds\": [" + expert + "]}");
		Api.Response opened = api().asDemo("moderator").post("/api/v1/spaces/" + topic + "/open", null);

		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.json().path("open").asBoolean()).isTrue();
		Forum.ask(api().asDemo("ansatt"), topic, "Nå er det åpent", "Kan jeg spørre nå?");
		assertThat(admin().get("/api/v1/spaces/" + topic + "/audit").json().path("items").findValuesAsString("action"))
			.contains("CREATE_SPACE", "CHANGE_STAFF", "OPEN_TOPIC");
	}

	@Test
	void anOpenTopicMustKeepItsStaff() {
		long topic = Forum.space(admin(), Forum.RULES);

		Api.Response attempt = admin().put("/api/v1/spaces/" + topic + "/staff", "{\"moderatorIds\": [], \"expertIds\": []}");

		assertThat(attempt.status()).isEqualTo(409);
		assertThat(attempt.json().path("field").asString()).isEqualTo("moderatorIds");
	}

	@Test
	void onlyMembersReadAndWriteInAClosedGroup() {
		long group = admin().post("/api/v1/spaces", """
				{"kind": "GROUP", "name": "Lukket gruppe %d", "membership": "CLOSED"}""".formatted(System.nanoTime()))
			.json().path("id").asLong();
		long moderator = Forum.userId(admin(), "moderator2");
		admin().put("/api/v1/spaces/" + group + "/staff", "{\"moderatorIds\": [" + moderator + "], \"expertIds\": []}");

		assertThat(api().asDemo("ansatt").get("/api/v1/spaces/" + group + "/discussions").status()).isEqualTo(403);
		Api.Response outsider = api().asDemo("ansatt").post("/api/v1/spaces/" + group + "/discussions", """
				{"title": "Inn?", "body": "Kan jeg skrive?"}""");
		assertThat(outsider.status()).isEqualTo(403);
		long ansatt = Forum.userId(admin(), "ansatt");
		assertThat(api().asDemo("ansatt").post("/api/v1/spaces/" + group + "/members", "{\"userId\": " + ansatt + "}")
			.status()).isEqualTo(403);

		assertThat(api().asDemo("moderator2").post("/api/v1/spaces/" + group + "/members", "{\"userId\": " + ansatt + "}")
			.status()).isEqualTo(204);
		Forum.ask(api().asDemo("ansatt"), group, "Nå er jeg med", "Takk for at jeg fikk bli med");
	}

	@Test
	void anyoneMayJoinAnOpenGroupAndThenWrite() {
		long group = Forum.space(admin(), Forum.GROUP);
		long ansatt3 = Forum.userId(admin(), "ansatt3");
		Api member = api().asDemo("ansatt3");
		member.delete("/api/v1/spaces/" + group + "/members/" + ansatt3);

		assertThat(member.get("/api/v1/spaces/" + group + "/discussions").status()).isEqualTo(200);
		assertThat(member.post("/api/v1/spaces/" + group + "/discussions", """
				{"title": "Før", "body": "Ikke medlem ennå"}""").status()).isEqualTo(403);

		assertThat(member.post("/api/v1/spaces/" + group + "/members", "{\"userId\": " + ansatt3 + "}").status())
			.isEqualTo(204);
		Forum.ask(member, group, "Etter", "Nå er jeg medlem");
	}

	@Test
	void onlyAdminsCreateSpaces() {
		Api.Response attempt = api().asDemo("moderator").post("/api/v1/spaces", """
				{"kind": "TOPIC", "name": "Eget tema"}""");

		assertThat(attempt.status()).isEqualTo(403);
	}

}
