package no.samtale.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** The privacy API: the scanner, the forum's refusal, retention and data-subject requests with four eyes. */
@AlsoOnTheEmbeddedDatabase
class PrivacyIntegrationTests extends IntegrationTest {

	static final String NATIONAL_ID = "15088510140";

	static final String RULES = "Faglig veiledning på regelverksspørsmål";

	@Autowired
	JdbcClient jdbc;

	@Test
	void theScannerFindsAnIdentityNumberForAnyoneAndNamesAMissingText() {
		Api anonymous = api();

		Api.Response found = anonymous.post("/api/v1/privacy/scan", "{\"text\": \"Fnr: " + NATIONAL_ID + "\"}");
		Api.Response missing = anonymous.post("/api/v1/privacy/scan", "{}");

		assertThat(found.status()).as(found.body()).isEqualTo(200);
		JsonNode finding = found.json().path("findings").get(0);
		assertThat(finding.path("type").asString()).isEqualTo("national-id");
		assertThat(finding.path("start").asInt()).isEqualTo(5);
		assertThat(finding.path("end").asInt()).isEqualTo(16);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().path("field").asString()).isEqualTo("text");
	}

	@Test
	void theForumRefusesAnIdentityNumberAndSaysWhyWithoutStoringAnything() {
		Api employee = api().asDemo("ansatt");
		long space = ForumSteps.space(employee, RULES);
		long before = jdbc.sql("select count(*) from dialogue_discussion").query(Long.class).single();

		Api.Response refused = employee.post("/api/v1/spaces/" + space + "/discussions", """
				{"title": "Spørsmål om en bruker", "body": "Brukeren har fnr %s, hva gjør jeg?"}""".formatted(NATIONAL_ID));

		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(refused.json().path("field").asString()).isEqualTo("body");
		assertThat(refused.json().path("detail").asString()).contains("identity number");
		assertThat(jdbc.sql("select count(*) from dialogue_discussion").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void retentionAnonymisesExpiredConversationsAfterADryRunCountsThem() {
		Api officer = api().asDemo("personvern");
		String text = "Gammel melding " + TestText.unique();
		long conversation = oldPrivateMessage(text, 400);

		JsonNode dryRun = officer.post("/api/v1/privacy/retention/runs?dryRun=true", "").json();
		assertThat(dryRun.path("dryRun").asBoolean()).isTrue();
		assertThat(dryRun.path("records").asInt()).isPositive();
		assertThat(dryRun.path("startedBy").path("name").asString()).as("the one who started it, by name")
			.isEqualTo("Hilde Brekke");
		assertThat(body(conversation)).isEqualTo(text);

		JsonNode run = officer.post("/api/v1/privacy/retention/runs?dryRun=false", "").json();

		assertThat(run.path("lines").findValuesAsString("error")).allMatch(error -> error == null || error.isEmpty());
		assertThat(body(conversation)).as("erased text is gone, not replaced by a word").isNull();
		assertThat(jdbc.sql("select correspondent_name from inbox_conversation where id = :id")
			.param("id", conversation)
			.query(String.class)
			.list()
			.get(0)).isNull();
		assertThat(officer.get("/api/v1/privacy/retention/runs").json().size()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void retentionRulesAreCheckedAndOnlyForWhatSomethingCanRemove() {
		Api admin = api().asDemo("admin");

		Api.Response zero = admin.put("/api/v1/privacy/retention/CHAT_TRANSCRIPTS", "{\"months\": 0, \"action\": \"DELETE\"}");
		Api.Response forum = admin.put("/api/v1/privacy/retention/FORUM", "{\"months\": 24, \"action\": \"ANONYMISE\"}");
		Api.Response changed = admin.put("/api/v1/privacy/retention/CHAT_TRANSCRIPTS",
				"{\"months\": 3, \"action\": \"ANONYMISE\"}");

		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.json().path("field").asString()).isEqualTo("months");
		assertThat(forum.status()).isEqualTo(400);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(admin.get("/api/v1/privacy/retention").json().findValuesAsString("category")).contains("FORUM",
				"PUBLIC_COMMENTS", "PRIVATE_MESSAGES", "CHAT_TRANSCRIPTS");
		assertThat(api().asDemo("veileder1").get("/api/v1/privacy/retention").status()).isEqualTo(403);
	}

	@Test
	void aPersonsDataIsFoundExportedAndErasedOnlyWhenASecondPersonApproves() {
		String who = "u-" + UUID.randomUUID();
		String text = "Jeg heter Ola og lurer på noe " + TestText.unique();
		Api admin = api().asDemo("admin");
		long conversation = pushPrivate(admin, who, text);
		Api officer = api().asDemo("personvern");

		Api.Response noReason = officer.get("/api/v1/privacy/subjects?externalId=" + who);
		JsonNode found = officer.get("/api/v1/privacy/subjects?externalId=" + who + "&reason=Innsynskrav").json();
		Api.Response export = officer.get("/api/v1/privacy/subjects/export?externalId=" + who + "&reason=Innsynskrav");

		assertThat(noReason.json().path("field").asString()).isEqualTo("reason");
		assertThat(found.path("sources").path("inbox").findValuesAsString("body")).contains(text);
		assertThat(found.path("sources").path("channels").findValuesAsString("body")).contains(text);
		assertThat(export.body()).contains(text);

		JsonNode requested = officer.post("/api/v1/privacy/erasures", """
				{"externalId": "%s", "reason": "Sletting krevd i brev"}""".formatted(who)).json();
		long id = requested.path("id").asLong();
		Api.Response own = officer.post("/api/v1/privacy/erasures/" + id + "/approve", "");
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.problemType()).isEqualTo("urn:samtale:problem:own-approval");
		assertThat(body(conversation)).isEqualTo(text);

		Api.Response approved = admin.post("/api/v1/privacy/erasures/" + id + "/approve", "");
		Api.Response again = admin.post("/api/v1/privacy/erasures/" + id + "/approve", "");

		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().path("state").asString()).isEqualTo("ERASED");
		assertThat(approved.json().path("erasedRecords").asInt()).isPositive();
		assertThat(approved.json().path("subject").isNull()).isTrue();
		assertThat(again.status()).isEqualTo(409);
		assertThat(body(conversation)).isNull();
		assertThat(officer.get("/api/v1/privacy/subjects?externalId=" + who + "&reason=Kontroll").json()
			.path("sources").toString()).doesNotContain(text);
		assertThat(jdbc.sql("select count(*) from privacy_erasure_request where id = :id and subject_external_id is null")
			.param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	private long pushPrivate(Api admin, String who, String text) {
		long account = account(admin);
		String id = "m-" + UUID.randomUUID();
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "%s", "kind": "PRIVATE", "threadExternalId": "%s", "authorExternalId": "%s",
				 "authorName": "Ola Testesen", "body": "%s"}""".formatted(id, who, who, text));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from inbox_message where external_id = :id")
				.param("id", id).query(Long.class).single() == 1);
		return jdbc.sql("select conversation_id from inbox_message where external_id = :id")
			.param("id", id).query(Long.class).single();
	}

	private long oldPrivateMessage(String text, int daysAgo) {
		long conversation = pushPrivate(api().asDemo("admin"), "u-" + UUID.randomUUID(), text);
		Timestamp then = Timestamp.from(Instant.now().minus(daysAgo, ChronoUnit.DAYS));
		jdbc.sql("update inbox_conversation set last_activity_at = :then where id = :id")
			.param("then", then).param("id", conversation).update();
		return conversation;
	}

	private String body(long conversation) {
		return jdbc.sql("select body from inbox_message where conversation_id = :id and direction = 'IN' order by id limit 1")
			.param("id", conversation)
			.query(String.class)
			.list()
			.get(0);
	}

	private static long account(Api admin) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("name").asString().equals("NAV Foreldrepenger")
					&& account.path("platform").asString().equals("INSTAGRAM")) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No simulated Instagram account");
	}

}
