package no.samtale.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** When an admin sets a time for the forum, old discussions go whole: messages, attachments and search entries. */
class ForumRetentionIntegrationTests extends IntegrationTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	@Autowired
	JdbcClient jdbc;

	@Value("${samtale.files-dir}")
	String filesDir;

	@Test
	void aDiscussionPastTheForumsTimeIsDeletedWithItsAttachmentsAndLeavesTheSearch() throws Exception {
		Api admin = api().asDemo("admin");
		Api employee = api().asDemo("ansatt");
		String word = "Retensjonsord" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long attachment = Forum.upload(api(), "demo-token-ansatt", "gammel.png", PNG).json().path("id").asLong();
		long discussion = Forum.ask(employee, Forum.space(employee, Forum.RULES), "Gammel tråd " + word, "Innhold " + word);
		employee.post("/api/v1/discussions/" + discussion + "/messages",
				"{\"body\": \"Med vedlegg\", \"attachmentIds\": [" + attachment + "]}");
		String storageKey = jdbc.sql("select storage_key from dialogue_attachment where id = :id")
			.param("id", attachment).query(String.class).single();
		await().until(() -> employee.get("/api/v1/search?q=" + word).json().path("totalElements").asInt() == 1);
		jdbc.sql("update dialogue_discussion set last_activity_at = :then where id = :id")
			.param("then", Timestamp.from(Instant.now().minus(1100, ChronoUnit.DAYS)))
			.param("id", discussion)
			.update();
		try {
			Api.Response anonymise = admin.put("/api/v1/privacy/retention/FORUM", "{\"months\": 24, \"action\": \"ANONYMISE\"}");
			assertThat(anonymise.status()).isEqualTo(400);
			assertThat(anonymise.json().path("field").asString()).isEqualTo("action");
			assertThat(admin.put("/api/v1/privacy/retention/FORUM", "{\"months\": 36, \"action\": \"DELETE\"}").status())
				.isEqualTo(200);

			admin.post("/api/v1/privacy/retention/runs?dryRun=false", "");

			assertThat(employee.get("/api/v1/discussions/" + discussion).status()).isEqualTo(404);
			assertThat(Files.exists(Path.of(filesDir, "attachments", storageKey))).isFalse();
			await().until(() -> employee.get("/api/v1/search?q=" + word).json().path("totalElements").asInt() == 0);
		}
		finally {
			admin.put("/api/v1/privacy/retention/FORUM", "{\"months\": null, \"action\": \"DELETE\"}");
		}
	}

}
