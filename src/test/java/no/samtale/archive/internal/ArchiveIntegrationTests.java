package no.samtale.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Journaling by the inbox's closing and by hand, stored once; an extract of last month's demo journal checked the
 * way a validator checks it; periods that cannot be extracted refused.
 */
@AlsoOnTheEmbeddedDatabase
class ArchiveIntegrationTests extends IntegrationTest {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClosedPrivateConversationIsJournaledOnceAndJournalingItByHandFindsTheSameFolder() {
		Api admin = api().asDemo("admin");
		String who = "u-" + UUID.randomUUID();
		long conversation = ArchiveSteps.citizenWritesPrivately(admin, jdbc, who, "Randi Arkivtest",
				"Hei, når får jeg svar på søknaden om foreldrepenger?");

		ArchiveSteps.close(api().asDemo("veileder1"), conversation);
		long record = ArchiveSteps.recordOf(jdbc, "CONVERSATION", conversation);
		Api.Response again = admin.post("/api/v1/archive/records",
				"{\"sourceKind\": \"CONVERSATION\", \"sourceId\": " + conversation + "}");

		assertThat(again.status()).as(again.body()).isEqualTo(200);
		JsonNode detail = again.json();
		assertThat(detail.path("record").path("id").asLong()).isEqualTo(record);
		assertThat(detail.path("record").path("closedAt").isNull()).isFalse();
		assertThat(detail.path("record").path("screened").asBoolean()).isTrue();
		assertThat(detail.path("record").path("legalBasis").asString()).isEqualTo("offl. § 13, jf. fvl. § 13");
		assertThat(detail.path("record").path("correspondentName").asString()).isEqualTo("Randi Arkivtest");
		assertThat(detail.path("entries").get(0).path("type").asString()).isEqualTo("I");
		assertThat(detail.path("entries").get(0).path("externalId").asString()).startsWith("m-");
		assertThat(detail.path("documents").findValuesAsString("format")).containsExactly("PDF/A", "JSON");
		assertThat(ArchiveSteps.count(jdbc, "CONVERSATION", conversation)).isEqualTo(1);
		Api.Response pdf = admin.get("/api/v1/archive/records/" + record + "/documents/"
				+ detail.path("documents").get(0).path("id").asLong());
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF-").contains("pdfaid:part");
	}

	@Test
	void aFolderJournaledByHandWhileOpenKeepsItsPeriodFromBeingExtractedUntilItCloses() {
		Api admin = api().asDemo("admin");
		long conversation = ArchiveSteps.citizenWritesPrivately(admin, jdbc, "u-" + UUID.randomUUID(), "Kjell Åpensak",
				"Jeg har et spørsmål om dagpenger.");

		Api.Response journaled = admin.post("/api/v1/archive/records",
				"{\"sourceKind\": \"CONVERSATION\", \"sourceId\": " + conversation + "}");
		assertThat(journaled.status()).as(journaled.body()).isEqualTo(201);
		assertThat(journaled.json().path("record").path("closedAt").isNull()).isTrue();
		long record = journaled.json().path("record").path("id").asLong();
		String caseNumber = journaled.json().path("record").path("caseNumber").asString();
		// Moved into a past month of its own, so the test does not depend on other tests' folders.
		jdbc.sql("update archive_record set opened_at = :then where id = :id")
			.param("then", Timestamp.from(LocalDate.of(2019, 3, 15).atStartOfDay(OSLO).toInstant()))
			.param("id", record).update();

		Api.Response refused = admin.post("/api/v1/archive/extracts", "{\"from\": \"2019-03-01\", \"to\": \"2019-03-31\"}");

		assertThat(refused.status()).as(refused.body()).isEqualTo(409);
		assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:archive-period-open");
		assertThat(refused.json().path("detail").asString()).contains(caseNumber);

		ArchiveSteps.close(api().asDemo("veileder1"), conversation);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc
			.sql("select count(*) from archive_record where id = :id and closed_at is not null").param("id", record)
			.query(Long.class).single() == 1);
		Api.Response accepted = admin.post("/api/v1/archive/extracts", "{\"from\": \"2019-03-01\", \"to\": \"2019-03-31\"}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		JsonNode done = ArchiveSteps.finished(admin, accepted.json().path("id").asLong());
		assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("READY");
		assertThat(done.path("folders").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from archive_change where record_id = :id and field_name = 'avsluttetDato'")
			.param("id", record).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anExtractThatFailsItsOwnChecksIsNeverOfferedForDownload() {
		Api admin = api().asDemo("admin");
		long conversation = ArchiveSteps.citizenWritesPrivately(admin, jdbc, "u-" + UUID.randomUUID(), "Brutt Sjekksum",
				"Et spørsmål som skal arkiveres");
		ArchiveSteps.close(api().asDemo("veileder1"), conversation);
		long record = ArchiveSteps.recordOf(jdbc, "CONVERSATION", conversation);
		// The stored checksum no longer matches the document, as after damage to the stored copy.
		jdbc.sql("update archive_record set opened_at = :then where id = :id")
			.param("then", Timestamp.from(LocalDate.of(2018, 5, 15).atStartOfDay(OSLO).toInstant()))
			.param("id", record).update();
		jdbc.sql("update archive_document set sha256 = :wrong where record_id = :id and variant = 'ARKIV'")
			.param("wrong", "0".repeat(64)).param("id", record).update();

		Api.Response accepted = admin.post("/api/v1/archive/extracts", "{\"from\": \"2018-05-01\", \"to\": \"2018-05-31\"}");
		JsonNode done = ArchiveSteps.finished(admin, accepted.json().path("id").asLong());
		Api.Response download = admin.get("/api/v1/archive/extracts/" + done.path("id").asLong() + "/download");

		assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("FAILED");
		JsonNode finding = done.path("checkFindings").get(0);
		assertThat(finding.path("code").asString()).as(done.toString()).isEqualTo("DOCUMENT_CHECKSUM_MISMATCH");
		assertThat(finding.path("params").path("file").asString()).startsWith("dokumenter/").endsWith(".pdf");
		assertThat(done.path("downloadUrl").isNull()).isTrue();
		assertThat(download.status()).isEqualTo(409);
		assertThat(download.problemType()).isEqualTo("urn:samtale:problem:archive-extract-not-ready");
	}

	@Test
	void periodsThatAreNotOverOrBackwardsAreRefusedNamingTheField() {
		Api admin = api().asDemo("admin");
		LocalDate today = LocalDate.now(OSLO);

		Api.Response running = admin.post("/api/v1/archive/extracts",
				"{\"from\": \"" + today.withDayOfMonth(1) + "\", \"to\": \"" + today + "\"}");
		Api.Response backwards = admin.post("/api/v1/archive/extracts", "{\"from\": \"2020-02-01\", \"to\": \"2020-01-01\"}");
		Api.Response byAnAdvisor = api().asDemo("veileder1").post("/api/v1/archive/extracts",
				"{\"from\": \"2020-01-01\", \"to\": \"2020-01-31\"}");
		Api.Response unknownKind = admin.post("/api/v1/archive/records", "{\"sourceKind\": \"TWEET\", \"sourceId\": 1}");

		assertThat(running.status()).isEqualTo(409);
		assertThat(running.problemType()).isEqualTo("urn:samtale:problem:archive-period-not-over");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().path("field").asString()).isEqualTo("to");
		assertThat(byAnAdvisor.status()).isEqualTo(403);
		assertThat(unknownKind.status()).isEqualTo(400);
		assertThat(unknownKind.json().path("field").asString()).isEqualTo("sourceKind");
	}

	@Test
	void lastMonthsExtractHoldsTheDemoJournalAndPassesWhatAValidatorChecks() throws Exception {
		Api admin = api().asDemo("admin");
		LocalDate first = LocalDate.now(OSLO).withDayOfMonth(1).minusMonths(1);
		LocalDate last = first.plusMonths(1).minusDays(1);

		Api.Response accepted = admin.post("/api/v1/archive/extracts", "{\"from\": \"" + first + "\", \"to\": \"" + last + "\"}");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		JsonNode done = ArchiveSteps.finished(admin, accepted.json().path("id").asLong());
		assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("READY");
		Map<String, byte[]> files = ArchiveSteps.download(admin, done.path("downloadUrl").asString());

		Document structure = parse(ArchiveSteps.file(files, "arkivstruktur.xml"));
		List<String> ids = texts(structure, "systemID");
		assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
		List<Element> folders = elements(structure, "mappe");
		assertThat(folders).hasSizeGreaterThanOrEqualTo(4);
		for (Element folder : folders) {
			assertThat(child(folder, "avsluttetDato")).as("a closed folder").isNotNull();
			Instant opened = java.time.LocalDateTime.parse(child(folder, "opprettetDato")).atZone(OSLO).toInstant();
			assertThat(opened).isBetween(first.atStartOfDay(OSLO).toInstant(), last.plusDays(1).atStartOfDay(OSLO).toInstant());
		}
		ExtractChecks.MANDATORY.forEach((unit, required) -> elements(structure, unit)
			.forEach(element -> required.forEach(name -> assertThat(child(element, name)).as(unit + "/" + name).isNotBlank())));
		for (Element object : elements(structure, "dokumentobjekt")) {
			byte[] content = ArchiveSteps.file(files, child(object, "referanseDokumentfil"));
			assertThat(sha256(content)).isEqualTo(child(object, "sjekksum"));
			assertThat((long) content.length).isEqualTo(Long.parseLong(child(object, "filstoerrelse")));
		}
		String addml = new String(ArchiveSteps.file(files, "arkivuttrekk.xml"), StandardCharsets.UTF_8);
		for (String name : List.of("arkivstruktur.xml", "endringslogg.xml", "loependeJournal.xml", "offentligJournal.xml")) {
			assertThat(addml).contains(sha256(ArchiveSteps.file(files, name)));
		}
		assertThat(numbers(addml)).contains(folders.size(), elements(structure, "registrering").size(),
				elements(structure, "dokumentobjekt").size());
		assertThat(new String(ArchiveSteps.file(files, "arkivstruktur.xml"), StandardCharsets.UTF_8))
			.contains("<samtale:meldingId>", "<samtale:svarPaa>", "<samtale:plattformId>", "xsi:type=\"saksmappe\"",
					"<skjermingshjemmel>offl. § 13, jf. fvl. § 13</skjermingshjemmel>");
		String running = new String(ArchiveSteps.file(files, "loependeJournal.xml"), StandardCharsets.UTF_8);
		String forThePublic = new String(ArchiveSteps.file(files, "offentligJournal.xml"), StandardCharsets.UTF_8);
		assertThat(running).contains("Sigrid Bakke");
		assertThat(forThePublic).doesNotContain("Sigrid Bakke").doesNotContain("Foreldrepenger – når kommer utbetalingen?")
			.contains(Screening.HIDDEN);
		assertThat(new String(ArchiveSteps.file(files, "endringslogg.xml"), StandardCharsets.UTF_8))
			.contains("<referanseMetadata>avsluttetDato</referanseMetadata>");
		assertThat(files.keySet()).allMatch(name -> name.split("/")[1].equals("content"));
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<Element> elements(Document document, String localName) {
		NodeList nodes = document.getElementsByTagNameNS("*", localName);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

	private static List<String> texts(Document document, String localName) {
		return elements(document, localName).stream().map(Node::getTextContent).toList();
	}

	private static String child(Element parent, String localName) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && localName.equals(element.getLocalName())) {
				return element.getTextContent();
			}
		}
		return null;
	}

	private static List<Integer> numbers(String addml) {
		Matcher matcher = Pattern.compile("<value>\\s*(\\d+)\\s*</value>").matcher(addml);
		List<Integer> found = new ArrayList<>();
		while (matcher.find()) {
			found.add(Integer.parseInt(matcher.group(1)));
		}
		return found;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
	}


}
