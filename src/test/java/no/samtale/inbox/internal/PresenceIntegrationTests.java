package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * Issue 12.8: two advisors on one new conversation see each other, and the second to reply while the other writes
 * or waits for approval is asked to confirm (409 others-on-conversation) before a contradictory reply is drafted.
 */
@AlsoOnTheEmbeddedDatabase
class PresenceIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void advisorsOnOneConversationSeeEachOtherAndTheSecondReplyNeedsConfirmation() {
		long conversation = Inbox.citizenComments(api().asDemo("admin"), "Får jeg barnetrygd? " + System.nanoTime());
		Api ingrid = api().asDemo("veileder1");
		Api ola = api().asDemo("veileder2");
		String presence = "/api/v1/inbox/conversations/" + conversation + "/presence";
		String replies = "/api/v1/inbox/conversations/" + conversation + "/replies";

		assertThat(ingrid.post(presence, "{\"writing\": false}").json().path("others").size()).isZero();
		JsonNode seenByOla = ola.post(presence, "{\"writing\": false}").json().path("others");
		assertThat(seenByOla.findValuesAsString("name")).containsExactly("Ingrid Solheim");
		assertThat(seenByOla.get(0).path("writing").asBoolean()).isFalse();

		assertThat(ingrid.post(presence, "{\"writing\": true}").json().path("others").findValuesAsString("name"))
			.containsExactly("Ola Bergstrøm");
		assertThat(ola.post(presence, "{}").json().path("others").get(0).path("writing").asBoolean()).isTrue();
		Api.Response second = ola.post(replies, "{\"body\": \"Ja, se nav.no/barnetrygd.\", \"visibility\": \"PUBLIC\"}");
		assertThat(second.status()).as(second.body()).isEqualTo(409);
		assertThat(second.problemType()).isEqualTo("urn:samtale:problem:others-on-conversation");
		assertThat(second.json().path("field").asString()).isEqualTo("acknowledgeOthers");
		assertThat(Inbox.conversation(ola, conversation).path("replies").size()).as("nothing drafted").isZero();

		Api.Response confirmed = ola.post(replies,
				"{\"body\": \"Ja, se nav.no/barnetrygd.\", \"visibility\": \"PUBLIC\", \"acknowledgeOthers\": true}");
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);

		assertThat(ingrid.delete(presence).status()).isEqualTo(204);
		Api.Response afterOlas = ingrid.post(replies, "{\"body\": \"Nei, dessverre.\", \"visibility\": \"PUBLIC\"}");
		assertThat(afterOlas.problemType()).as("Ola's reply waits for approval")
			.isEqualTo("urn:samtale:problem:others-on-conversation");

		assertThat(ingrid.post(presence, "{\"writing\": false}").status()).isEqualTo(200);
		jdbc.sql("update inbox_presence set seen_at = seen_at - interval '2' minute where conversation_id = :id and "
				+ "user_id = (select id from identity_user where username = 'veileder1')")
			.param("id", conversation).update();
		assertThat(ola.post(presence, "{}").json().path("others").size()).as("a minute without a heartbeat: gone")
			.isZero();
		assertThat(api().asDemo("veileder4").post(presence, "{}").status()).as("another team's conversation")
			.isIn(403, 404);
	}

}
