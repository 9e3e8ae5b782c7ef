package no.samtale.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** A space's log says who did what to whom or to which discussion as facts, never as "user 5" or "message 12". */
class SpaceAuditIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private Api admin() {
		return api().asDemo("admin");
	}

	private long freshTopic() {
		long topic = admin().post("/api/v1/spaces", """
				{"kind": "TOPIC", "name": "Loggtema %d"}""".formatted(System.nanoTime())).json().path("id").asLong();
		admin().put("/api/v1/spaces/" + topic + "/staff", "{\"moderatorIds\": [" + Forum.userId(admin(), "moderator")
				+ "], \"expertIds\": [" + Forum.userId(admin(), "fagperson") + "]}");
		api().asDemo("moderator").post("/api/v1/spaces/" + topic + "/open", null);
		// Every open topic in the shared database has a discussion (QuestionsAndAnswersIntegrationTests holds to it).
		Forum.ask(api().asDemo("ansatt"), topic, "Første spørsmål i loggtemaet", "Er det noen her?");
		return topic;
	}

	private static JsonNode entry(JsonNode items, String action) {
		for (JsonNode item : items) {
			if (item.path("action").asString().equals(action)) {
				return item;
			}
		}
		throw new AssertionError("No " + action + " in " + items);
	}

	@Test
	void aVerifiedAnswerIsLoggedWithTheModeratorsNameAndTheDiscussionsTitle() {
		long topic = freshTopic();
		long discussion = Forum.ask(api().asDemo("ansatt"), topic, "Gradert uttak i loggen", "Kan far ta ut gradert?");
		long answer = Forum.reply(api().asDemo("fagperson"), discussion, "Ja, det kan han.");
		api().asDemo("moderator").post("/api/v1/discussions/" + discussion + "/verified-answer",
				"{\"messageId\": " + answer + "}");

		JsonNode items = api().asDemo("moderator").get("/api/v1/spaces/" + topic + "/audit").json().path("items");

		JsonNode verified = entry(items, "VERIFY_ANSWER");
		assertThat(verified.path("actor").path("name").asString()).isEqualTo("Marit Sønsteby");
		assertThat(verified.path("target").path("kind").asString()).isEqualTo("MESSAGE");
		assertThat(verified.path("target").path("id").asLong()).isEqualTo(answer);
		assertThat(verified.path("target").path("name").asString()).isEqualTo("Gradert uttak i loggen");
		assertThat(verified.path("target").path("discussionId").asLong()).isEqualTo(discussion);
		assertThat(verified.path("detail").isNull()).isTrue();
		JsonNode created = entry(items, "CREATE_SPACE");
		assertThat(created.path("target").path("kind").asString()).isEqualTo("SPACE");
		assertThat(created.path("detail").asString()).startsWith("Loggtema ");
		assertThat(entry(items, "CHANGE_STAFF").path("detail").isNull()).isTrue();
		assertThat(items.toString()).doesNotContain("message " + answer).doesNotContain("moderators [");
	}

	@Test
	void anAddedMemberIsNamed() {
		long group = admin().post("/api/v1/spaces", """
				{"kind": "GROUP", "name": "Logggruppe %d", "membership": "CLOSED"}""".formatted(System.nanoTime()))
			.json().path("id").asLong();
		long ansatt = Forum.userId(admin(), "ansatt");
		admin().post("/api/v1/spaces/" + group + "/members", "{\"userId\": " + ansatt + "}");

		JsonNode added = entry(admin().get("/api/v1/spaces/" + group + "/audit").json().path("items"), "ADD_MEMBER");

		assertThat(added.path("target").path("kind").asString()).isEqualTo("USER");
		assertThat(added.path("target").path("id").asLong()).isEqualTo(ansatt);
		assertThat(added.path("target").path("name").asString()).isNotBlank().doesNotContain("user");
		assertThat(added.path("target").path("discussionId").isNull()).isTrue();
	}

	@Test
	void oldAndOddRowsStillRead() {
		long topic = freshTopic();
		long discussion = Forum.ask(api().asDemo("ansatt"), topic, "Gammel rad", "Fra før loggen fikk ord");
		long moderator = Forum.userId(admin(), "moderator");
		legacyRow(topic, moderator, "UNVERIFY_ANSWER", "discussion " + discussion, "Gammel rad");
		legacyRow(topic, moderator, "UNVERIFY_ANSWER", "discussion 987654321", "Slettet tråd");
		legacyRow(topic, moderator, "SOMETHING_NEW", "what is this", "");

		JsonNode items = api().asDemo("moderator").get("/api/v1/spaces/" + topic + "/audit?size=50").json().path("items");

		assertThat(items.get(0).path("action").asString()).isEqualTo("OTHER");
		assertThat(items.get(0).path("target").isNull()).isTrue();
		assertThat(items.get(1).path("target").path("name").asString()).isEqualTo("Slettet tråd");
		assertThat(items.get(1).path("target").path("discussionId").isNull()).isTrue();
		assertThat(items.get(2).path("target").path("kind").asString()).isEqualTo("DISCUSSION");
		assertThat(items.get(2).path("target").path("discussionId").asLong()).isEqualTo(discussion);
		assertThat(items.get(2).path("actor").path("name").asString()).isEqualTo("Marit Sønsteby");
	}

	@Test
	void onlyTheSpacesModeratorsReadItsLog() {
		long topic = freshTopic();

		assertThat(api().asDemo("ansatt").get("/api/v1/spaces/" + topic + "/audit").status()).isEqualTo(403);
	}

	private void legacyRow(long space, long actor, String action, String target, String detail) {
		jdbc.sql("""
				insert into forum_audit (space_id, actor_id, action, target, detail, acted_at)
				values (:space, :actor, :action, :target, :detail, :at)""")
			.param("space", space).param("actor", actor).param("action", action).param("target", target)
			.param("detail", detail).param("at", Timestamp.from(Instant.now()))
			.update();
	}

}
