package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TimePasses;
import tools.jackson.databind.JsonNode;

/** A hearing's documents, its exports as PDF and XLSX, its reminders before the deadline and its published summary. */
class HearingDocumentsIntegrationTests extends IntegrationTest {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	HearingReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCreatorAttachesDocumentsCheckedByTheirContentAndEveryoneDownloadsThem() throws Exception {
		long hearing = hearing("leder", Instant.now().plus(Duration.ofDays(5)));
		HttpResponse<String> added = upload("leder", hearing, "forslag.pdf", PDF);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		long document = api().asDemo("leder").get("/api/v1/hearings/" + hearing).json().path("attachments").get(0)
			.path("id").asLong();

		HttpResponse<String> script = upload("leder", hearing, "forslag.pdf", "#!/bin/sh\nrm -rf /\n".getBytes());
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(script.body()).contains("file");
		assertThat(upload("ansatt", hearing, "mitt.pdf", PDF).statusCode()).as("not the creator").isEqualTo(403);
		assertThat(api().asDemo("leder").get("/api/v1/hearings/" + hearing).json().path("attachments").size()).isEqualTo(1);

		HttpResponse<byte[]> download = bytes("ansatt", "/api/v1/hearings/" + hearing + "/attachments/" + document);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(download.body()).isEqualTo(PDF);
		long other = hearing("leder", Instant.now().plus(Duration.ofDays(5)));
		assertThat(bytes("ansatt", "/api/v1/hearings/" + other + "/attachments/" + document).statusCode())
			.as("a document only through its own hearing").isEqualTo(404);
	}

	@Test
	void theExportsHoldTheSummaryAndEveryAnswer() throws Exception {
		long hearing = hearing("leder", Instant.now().plus(Duration.ofDays(5)));
		long section = api().asDemo("ansatt").get("/api/v1/hearings/" + hearing).json().path("sections").get(0)
			.path("id").asLong();
		Api.Response answered = api().asDemo("veileder2").post("/api/v1/hearings/" + hearing + "/responses",
				"{\"answers\": [{\"sectionId\": %d, \"stance\": \"DISAGREE\", \"comment\": \"Vaktene blir for lange.\"}]}"
					.formatted(section));
		assertThat(answered.status()).as(answered.body()).isEqualTo(201);

		HttpResponse<byte[]> xlsx = bytes("ansatt", "/api/v1/hearings/" + hearing + "/export.xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			var answers = workbook.getSheet("Svar");
			assertThat(answers.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Uenig");
			assertThat(answers.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Vaktene blir for lange.");
			assertThat(workbook.getSheet("Oppsummering").getRow(3).getCell(2).getNumericCellValue()).isEqualTo(1);
		}
		HttpResponse<byte[]> pdf = bytes("ansatt", "/api/v1/hearings/" + hearing + "/export.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Høring om vaktordning").contains("Vaktene blir for lange.").contains("Uenig: 1");
		}
		assertThat(bytes("ansatt", "/api/v1/hearings/999999999/export.pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void eachUnitThatHasNotAnsweredIsRemindedOncePerReminder() {
		Instant deadline = Instant.now().plus(Duration.ofDays(20));
		long hearing = hearing("leder", deadline);
		Api admin = api().asDemo("admin");

		reminders.remind(deadline.minus(Duration.ofDays(4)));
		assertThat(sent(hearing)).as("nothing before three days").isZero();
		reminders.remind(deadline.minus(Duration.ofDays(2)));
		reminders.remind(deadline.minus(Duration.ofDays(2)));
		assertThat(sent(hearing)).as("one per unit, once").isEqualTo(2);
		long section = admin.get("/api/v1/hearings/" + hearing).json().path("sections").get(0).path("id").asLong();
		long hamar = unit("NAV Hamar");
		assertThat(api().asDemo("moderator2").post("/api/v1/hearings/" + hearing + "/responses",
				"{\"unitId\": %d, \"noComments\": true}".formatted(hamar)).status()).isEqualTo(201);
		reminders.remind(deadline.minus(Duration.ofHours(12)));
		assertThat(sent(hearing)).as("the day before, only the unit that has not answered").isEqualTo(3);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api().asDemo("moderator")
			.get("/api/v1/notifications?size=200").json().path("items").valueStream()
			.filter(n -> n.path("kind").asString().equals("HEARING_REMINDER") && n.path("hearingId").asLong() == hearing)
			.count()).isEqualTo(2));
		assertThat(section).isPositive();
	}

	@Test
	void theFinalSummaryIsPublishedToTheForumOnceAfterTheDeadline() throws Exception {
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		long open = hearing("leder", Instant.now().plus(Duration.ofDays(5)));
		Api.Response early = api().asDemo("leder").post("/api/v1/hearings/" + open + "/publish", "{\"spaceId\": " + space + "}");
		assertThat(early.problemType()).isEqualTo("urn:samtale:problem:hearing-open");

		// Time enough to answer on a loaded machine; then the deadline passes (TimePasses).
		long hearing = hearing("leder", Instant.now().plus(Duration.ofHours(1)));
		long section = api().asDemo("ansatt").get("/api/v1/hearings/" + hearing).json().path("sections").get(0)
			.path("id").asLong();
		Api.Response answered = api().asDemo("moderator").post("/api/v1/hearings/" + hearing + "/responses",
				"{\"unitId\": %d, \"answers\": [{\"sectionId\": %d, \"stance\": \"COMMENT\", \"comment\": \"Trenger opplæring.\"}]}"
					.formatted(unit("NAV Kontaktsenter Oppland"), section));
		assertThat(answered.status()).as(answered.body()).isEqualTo(201);
		TimePasses.past(jdbc, "events_hearing", "deadline", hearing);

		assertThat(api().asDemo("ansatt").post("/api/v1/hearings/" + hearing + "/publish", "{\"spaceId\": " + space + "}")
			.status()).isEqualTo(403);
		assertThat(api().asDemo("leder").post("/api/v1/hearings/" + hearing + "/publish", "{}").status()).isEqualTo(400);
		Api.Response published = api().asDemo("leder").post("/api/v1/hearings/" + hearing + "/publish",
				"{\"spaceId\": " + space + "}");
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		long discussion = published.json().path("discussionId").asLong();
		assertThat(api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).body()).contains("Trenger opplæring.")
			.contains("NAV Kontaktsenter Oppland");
		assertThat(api().asDemo("ansatt").get("/api/v1/hearings/" + hearing).json().path("publishedDiscussionId").asLong())
			.isEqualTo(discussion);
		assertThat(api().asDemo("leder").post("/api/v1/hearings/" + hearing + "/publish", "{\"spaceId\": " + space + "}")
			.problemType()).isEqualTo("urn:samtale:problem:already-published");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api().asDemo("moderator2")
			.get("/api/v1/notifications?size=200").json().path("items").valueStream()
			.anyMatch(n -> n.path("kind").asString().equals("HEARING_PUBLISHED") && n.path("hearingId").asLong() == hearing))
			.isTrue());
	}

	private long sent(long hearing) {
		return jdbc.sql("select count(*) from events_hearing_reminder where hearing_id = :h").param("h", hearing)
			.query(Long.class).single();
	}

	/** A hearing with one section and two invited units: NAV Hamar (moderator2) and Oppland (moderator). */
	private long hearing(String creator, Instant deadline) {
		Api admin = api().asDemo("admin");
		Api.Response created = api().asDemo(creator).post("/api/v1/hearings", """
				{"title": "Høring om vaktordning", "summary": "Forslag.", "deadline": "%s", "anonymousAllowed": false,
				 "sections": [{"title": "Vakter", "body": "Nye vakter."}],
				 "units": [{"unitId": %d, "responsibleId": %d}, {"unitId": %d, "responsibleId": %d}]}
				""".formatted(deadline, unit("NAV Hamar"), ForumSteps.userId(admin, "moderator2"),
				unit("NAV Kontaktsenter Oppland"), ForumSteps.userId(admin, "moderator")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private long unit(String name) {
		for (JsonNode unit : api().asDemo("admin").get("/api/v1/units").json()) {
			if (unit.path("name").asString().equals(name)) {
				return unit.path("id").asLong();
			}
		}
		throw new AssertionError("no unit " + name);
	}

	private HttpResponse<byte[]> bytes(String user, String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api().base() + path))
			.header("Authorization", "Bearer demo-token-" + user).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<String> upload(String user, long hearing, String filename, byte[] content) throws Exception {
		String boundary = "samtale" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/hearings/" + hearing + "/attachments"))
			.header("Authorization", "Bearer demo-token-" + user)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
