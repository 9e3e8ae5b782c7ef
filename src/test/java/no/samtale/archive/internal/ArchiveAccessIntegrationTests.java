package no.samtale.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Who uses the archive: the archivist (arkivar) and administrators everything; an advisor journals a conversation of
 * their own team by hand and nothing else; others nothing.
 */
class ArchiveAccessIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theArchivistAndAdministratorsUseTheArchiveAndOthersAreRefused() {
		assertThat(api().asDemo("arkivar").get("/api/v1/archive/overview").status()).isEqualTo(200);
		assertThat(api().asDemo("arkivar").get("/api/v1/archive/extracts").status()).isEqualTo(200);
		assertThat(api().asDemo("arkivar").get("/api/v1/archive/records?filter=ALL").status()).isEqualTo(200);
		assertThat(api().asDemo("admin").get("/api/v1/archive/rules").status()).isEqualTo(200);
		assertThat(api().asDemo("veileder1").get("/api/v1/archive/overview").status()).isEqualTo(403);
		assertThat(api().asDemo("personvern").get("/api/v1/archive/records").status()).isEqualTo(403);
		assertThat(api().asDemo("arkivar").get("/api/v1/me").body()).contains("ARCHIVIST");
	}

	@Test
	void anAdvisorJournalsAConversationOfTheirTeamOnceAndNotAnotherTeamsOrOtherKinds() {
		Api admin = api().asDemo("admin");
		long conversation = ArchiveSteps.citizenWritesPrivately(admin, jdbc, "u-" + UUID.randomUUID(),
				"Journal " + TestText.unique(), "Jeg vil klage på vedtaket om foreldrepenger.");

		Api.Response outsider = api().asDemo("veileder4").post("/api/v1/archive/records",
				"{\"sourceKind\": \"CONVERSATION\", \"sourceId\": " + conversation + "}");
		Api.Response member = api().asDemo("veileder2").post("/api/v1/archive/records",
				"{\"sourceKind\": \"CONVERSATION\", \"sourceId\": " + conversation + "}");
		Api.Response again = api().asDemo("veileder3").post("/api/v1/archive/records",
				"{\"sourceKind\": \"CONVERSATION\", \"sourceId\": " + conversation + "}");
		Api.Response aPost = api().asDemo("veileder2").post("/api/v1/archive/records",
				"{\"sourceKind\": \"POST\", \"sourceId\": 1}");
		Api.Response byTheArchivist = api().asDemo("arkivar").post("/api/v1/archive/records",
				"{\"sourceKind\": \"CONVERSATION\", \"sourceId\": " + conversation + "}");

		assertThat(outsider.status()).as(outsider.body()).isEqualTo(403);
		assertThat(member.status()).as(member.body()).isEqualTo(201);
		assertThat(member.json().path("record").path("journaledBy").asString()).isEqualTo("Ola Bergstrøm");
		assertThat(member.json().path("record").path("closedAt").isNull()).as("open until the conversation closes").isTrue();
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("record").path("caseNumber").asString())
			.isEqualTo(member.json().path("record").path("caseNumber").asString());
		assertThat(aPost.status()).isEqualTo(403);
		assertThat(byTheArchivist.status()).isEqualTo(200);
		assertThat(ArchiveSteps.count(jdbc, "CONVERSATION", conversation)).isEqualTo(1);
	}

}
