package no.samtale.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * An erasure request about a person whose case is journaled is stopped, not carried out and not silently refused:
 * the privacy officer sees which folders hold it and why, and the request stays open for a decision.
 */
class ArchiveErasureHoldIntegrationTests extends IntegrationTest {

	@Test
	void anErasureThatMeetsAJournaledFolderIsStoppedWithTheArchiveDutyShown() {
		Api officer = api().asDemo("personvern");
		Api admin = api().asDemo("admin");

		Api.Response requested = officer.post("/api/v1/privacy/erasures", """
				{"name": "Sigrid Bakke", "reason": "Ber om sletting i brev"}""");
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		JsonNode holds = requested.json().path("holds");
		assertThat(holds.size()).as(requested.body()).isEqualTo(1);
		assertThat(holds.get(0).path("reason").asString()).isEqualTo("ARCHIVE_DUTY");
		assertThat(holds.get(0).path("holder").asString()).isEqualTo("archive");
		assertThat(holds.get(0).path("legalBasis").asString()).contains("arkivloven");
		long id = requested.json().path("id").asLong();

		Api.Response approved = admin.post("/api/v1/privacy/erasures/" + id + "/approve", "");

		assertThat(approved.status()).as(approved.body()).isEqualTo(409);
		assertThat(approved.problemType()).isEqualTo("urn:samtale:problem:erasure-held");
		JsonNode listed = null;
		for (JsonNode request : officer.get("/api/v1/privacy/erasures").json()) {
			if (request.path("id").asLong() == id) {
				listed = request;
			}
		}
		assertThat(listed).isNotNull();
		assertThat(listed.path("state").asString()).isEqualTo("PENDING");
		assertThat(listed.path("holds").get(0).path("reference").asString()).matches("\\d{4}/\\d+");
	}

}
