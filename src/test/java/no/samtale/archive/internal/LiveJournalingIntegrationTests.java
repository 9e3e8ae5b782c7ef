package no.samtale.archive.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Live journaling against a fake Noark 5 service (WireMock): a closed folder goes out as saksmappe, journalposter
 * and a document with its files; an unreachable archive leaves the delivery waiting with the reason; a refusal
 * fails it visibly, and a retry by hand sends it once the archive takes it. An answer lost on the way back (the
 * archive made the object) is followed by a lookup by the external key, never by a second object.
 */
class LiveJournalingIntegrationTests extends IntegrationTest {

	private static final String NOARK = "/noark5";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LiveJournaling live;

	@Test
	void aClosedFolderIsSentAsSaksmappeJournalposterAndDocuments() {
		Api admin = api().asDemo("admin");
		long conversation = ArchiveSteps.citizenWritesPrivately(admin, jdbc, "u-" + UUID.randomUUID(), "Live Arkivsen",
				"Spørsmål om foreldrepenger til arkivet");
		String folder = "mappe-" + conversation;
		archiveTakes(conversation, folder);

		ArchiveSteps.close(api().asDemo("veileder1"), conversation);
		long record = ArchiveSteps.recordOf(jdbc, "CONVERSATION", conversation);

		JsonNode sent = awaitDelivery(admin, record, "SENT");
		assertThat(jdbc.sql("select remote_id from archive_delivery where record_id = :id").param("id", record)
			.query(String.class).single()).isEqualTo(folder);
		assertThat(sent.path("record").path("deliveryError").isNull()).isTrue();
		GRAPH.verify(postRequestedFor(urlPathEqualTo(NOARK + "/arkivstruktur/arkivdel/samtale/ny-saksmappe"))
			.withHeader("Content-Type", equalTo(NoarkRestAdapter.MEDIA_TYPE))
			.withRequestBody(matchingJsonPath("$.skjerming.skjermingshjemmel", equalTo("offl. § 13, jf. fvl. § 13"))));
		GRAPH.verify(postRequestedFor(urlPathEqualTo(NOARK + "/sakarkiv/saksmappe/" + folder + "/ny-journalpost"))
			.withRequestBody(matchingJsonPath("$.korrespondansepart[0].korrespondansepartNavn", equalTo("Live Arkivsen"))));
		GRAPH.verify(2, postRequestedFor(urlPathEqualTo(NOARK + "/arkivstruktur/dokumentobjekt/do-" + conversation
				+ "/referanseFil")));
	}

	@Test
	void anUnreachableArchiveLeavesTheDeliveryWaitingWithItsReason() {
		Api admin = api().asDemo("admin");
		long conversation = ArchiveSteps.citizenWritesPrivately(admin, jdbc, "u-" + UUID.randomUUID(), "Nede Arkivsen",
				"Arkivet er nede i dag");
		GRAPH.stubFor(newFolder(conversation).willReturn(aResponse().withStatus(503)));

		ArchiveSteps.close(api().asDemo("veileder1"), conversation);
		long record = ArchiveSteps.recordOf(jdbc, "CONVERSATION", conversation);

		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
			.sql("select attempts from archive_delivery where record_id = :id").param("id", record)
			.query(Integer.class).optional().orElse(0) >= 1);
		JsonNode waiting = admin.get("/api/v1/archive/records?filter=WAITING").json();
		JsonNode mine = find(waiting, record);
		assertThat(mine.path("deliveryState").asString()).isEqualTo("PENDING");
		assertThat(mine.path("deliveryError").asString()).contains("503");
		assertThat(LiveJournaling.backoff(0)).isEqualTo(Duration.ofSeconds(30));
		assertThat(LiveJournaling.backoff(3)).isEqualTo(Duration.ofMinutes(4));
	}

	@Test
	void aRefusedDeliveryFailsVisiblyAndARetrySendsItOnceTheArchiveTakesIt() {
		Api admin = api().asDemo("admin");
		long conversation = ArchiveSteps.citizenWritesPrivately(admin, jdbc, "u-" + UUID.randomUUID(), "Avvist Arkivsen",
				"Arkivet avviser første gang");
		GRAPH.stubFor(newFolder(conversation).willReturn(aResponse().withStatus(422)));

		ArchiveSteps.close(api().asDemo("veileder1"), conversation);
		long record = ArchiveSteps.recordOf(jdbc, "CONVERSATION", conversation);
		awaitDelivery(admin, record, "FAILED");
		assertThat(find(admin.get("/api/v1/archive/records?filter=FAILED").json(), record).path("deliveryError").asString())
			.contains("422");

		archiveTakes(conversation, "mappe-" + conversation);
		Api.Response again = admin.post("/api/v1/archive/records/" + record + "/retry", "");

		assertThat(again.status()).as(again.body()).isEqualTo(200);
		awaitDelivery(admin, record, "SENT");
		assertThat(admin.post("/api/v1/archive/records/" + record + "/retry", "").problemType())
			.isEqualTo("urn:samtale:problem:archive-delivery-not-failed");
	}

	@Test
	void aRetryAfterALostAnswerFindsTheSaksmappeByItsExternalKeyInsteadOfMakingASecond() {
		long conversation = ArchiveSteps.citizenWritesPrivately(api().asDemo("admin"), jdbc, "u-" + UUID.randomUUID(),
				"Tapt Svarsen", "Svaret fra arkivet kom aldri fram");
		String folder = "mappe-" + conversation;
		archiveTakes(conversation, folder);
		// The archive makes the folder, but its answer is lost on the way back.
		GRAPH.stubFor(newFolder(conversation).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		long record = closeAndAwaitFirstAttempt(conversation);
		String key = systemId(record);
		assertThat(stepState(record, key)).isEqualTo("SENDING");
		GRAPH.stubFor(get(urlPathEqualTo(NOARK + "/sakarkiv/saksmappe"))
			.withQueryParam("$filter", equalTo("virksomhetsspesifikkeMetadata/" + NoarkRestAdapter.KEY + " eq '" + key + "'"))
			.willReturn(found(folder, key)));
		live.attempt(record, 1);

		assertThat(deliveryState(record)).isEqualTo("SENT");
		assertThat(stepState(record, key)).isEqualTo("DONE");
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo(NOARK + "/arkivstruktur/arkivdel/samtale/ny-saksmappe"))
			.withRequestBody(matchingJsonPath("$.virksomhetsspesifikkeMetadata['" + NoarkRestAdapter.KEY + "']",
					equalTo(key))));
		GRAPH.verify(1, getRequestedFor(urlPathEqualTo(NOARK + "/sakarkiv/saksmappe"))
			.withQueryParam("$filter", containing(key)));
		GRAPH.verify(2, postRequestedFor(urlPathEqualTo(NOARK + "/arkivstruktur/dokumentobjekt/do-" + conversation
				+ "/referanseFil")));
	}

	@Test
	void aRetryAfterALostJournalpostAnswerGoesOnInTheSameSaksmappe() {
		long conversation = ArchiveSteps.citizenWritesPrivately(api().asDemo("admin"), jdbc, "u-" + UUID.randomUUID(),
				"Halvveis Arkivsen", "Journalposten kom fram, svaret ikke");
		String folder = "mappe-" + conversation;
		archiveTakes(conversation, folder);
		GRAPH.stubFor(post(urlPathEqualTo(NOARK + "/sakarkiv/saksmappe/" + folder + "/ny-journalpost"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		long record = closeAndAwaitFirstAttempt(conversation);
		String entryKey = jdbc.sql("select system_id from archive_entry where record_id = :id order by position limit 1")
			.param("id", record).query(String.class).single();
		assertThat(stepState(record, systemId(record))).isEqualTo("DONE");
		assertThat(stepState(record, entryKey)).isEqualTo("SENDING");
		GRAPH.stubFor(post(urlPathEqualTo(NOARK + "/sakarkiv/saksmappe/" + folder + "/ny-journalpost"))
			.willReturn(created("jp-" + conversation)));
		GRAPH.stubFor(get(urlPathEqualTo(NOARK + "/sakarkiv/saksmappe/" + folder + "/journalpost"))
			.willReturn(found("jp-" + conversation, entryKey)));
		live.attempt(record, 1);

		assertThat(deliveryState(record)).isEqualTo("SENT");
		// One folder in all, and the first entry was not sent twice: the lookup found it.
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo(NOARK + "/arkivstruktur/arkivdel/samtale/ny-saksmappe"))
			.withRequestBody(matchingJsonPath("$.virksomhetsspesifikkeMetadata['" + NoarkRestAdapter.KEY + "']",
					equalTo(systemId(record)))));
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo(NOARK + "/sakarkiv/saksmappe/" + folder + "/ny-journalpost"))
			.withRequestBody(matchingJsonPath("$.virksomhetsspesifikkeMetadata['" + NoarkRestAdapter.KEY + "']",
					equalTo(entryKey))));
	}

	private long closeAndAwaitFirstAttempt(long conversation) {
		ArchiveSteps.close(api().asDemo("veileder1"), conversation);
		long record = ArchiveSteps.recordOf(jdbc, "CONVERSATION", conversation);
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
			.sql("select attempts from archive_delivery where record_id = :id").param("id", record)
			.query(Integer.class).optional().orElse(0) >= 1);
		assertThat(deliveryState(record)).isEqualTo("PENDING");
		return record;
	}

	private String systemId(long record) {
		return jdbc.sql("select system_id from archive_record where id = :id").param("id", record).query(String.class)
			.single();
	}

	private String deliveryState(long record) {
		return jdbc.sql("select state from archive_delivery where record_id = :id").param("id", record)
			.query(String.class).single();
	}

	private String stepState(long record, String key) {
		return jdbc.sql("select state from archive_delivery_step where record_id = :id and step_key = :key")
			.param("id", record).param("key", key).query(String.class).optional().orElse("NONE");
	}

	/** A list answer of the service interface holding one object with this external key. */
	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder found(String systemId, String key) {
		return okJson("{\"count\": 1, \"results\": [{\"systemID\": \"" + systemId
				+ "\", \"virksomhetsspesifikkeMetadata\": {\"" + NoarkRestAdapter.KEY + "\": \"" + key + "\"}}]}");
	}

	private static com.github.tomakehurst.wiremock.client.MappingBuilder newFolder(long conversation) {
		return post(urlPathEqualTo(NOARK + "/arkivstruktur/arkivdel/samtale/ny-saksmappe"))
			.withRequestBody(matchingJsonPath("$.virksomhetsspesifikkeMetadata['vnd-samtale-v1:kildeid']",
					equalTo(String.valueOf(conversation))));
	}

	/** The fake archive takes this conversation's folder and everything under it. */
	private static void archiveTakes(long conversation, String folder) {
		GRAPH.stubFor(newFolder(conversation).willReturn(created(folder)));
		GRAPH.stubFor(post(urlPathEqualTo(NOARK + "/sakarkiv/saksmappe/" + folder + "/ny-journalpost"))
			.willReturn(created("jp-" + conversation)));
		GRAPH.stubFor(post(urlPathEqualTo(NOARK + "/arkivstruktur/registrering/jp-" + conversation
				+ "/ny-dokumentbeskrivelse")).willReturn(created("db-" + conversation)));
		GRAPH.stubFor(post(urlPathEqualTo(NOARK + "/arkivstruktur/dokumentbeskrivelse/db-" + conversation
				+ "/ny-dokumentobjekt")).withRequestBody(containing("SHA256")).willReturn(created("do-" + conversation)));
		GRAPH.stubFor(post(urlPathEqualTo(NOARK + "/arkivstruktur/dokumentobjekt/do-" + conversation + "/referanseFil"))
			.willReturn(aResponse().withStatus(201)));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String systemId) {
		return aResponse().withStatus(201).withHeader("Content-Type", NoarkRestAdapter.MEDIA_TYPE)
			.withBody("{\"systemID\": \"" + systemId + "\"}");
	}

	private static JsonNode awaitDelivery(Api admin, long record, String state) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
			last[0] = admin.get("/api/v1/archive/records/" + record).json();
			return state.equals(last[0].path("record").path("deliveryState").asString());
		});
		return last[0];
	}

	private static JsonNode find(JsonNode records, long id) {
		for (JsonNode record : records) {
			if (record.path("id").asLong() == id) {
				return record;
			}
		}
		throw new AssertionError("Record " + id + " is not in " + records);
	}

}
