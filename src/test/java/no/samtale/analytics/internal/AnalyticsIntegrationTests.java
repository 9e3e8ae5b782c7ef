package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * The figures API: a comment reaching the inbox is in today's figures within a minute, the exports hold the JSON's
 * numbers, bad ranges and strangers' accounts are refused, and the demo's year lands near the seeds' figures.
 */
@AlsoOnTheEmbeddedDatabase
class AnalyticsIntegrationTests extends IntegrationTest {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Test
	void aCommentThatReachesTheInboxIsInTodaysCommentsWithinAMinute() {
		Api admin = api().asDemo("admin");
		Api analyst = api().asDemo("analytiker");
		long account = account(admin, "NAV Kunnskap", "X");
		int before = todaysComments(analyst, account);
		String id = UUID.randomUUID().toString();
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "a-%s", "kind": "PUBLIC", "threadExternalId": "t-%s", "authorExternalId": "u-%s",
				 "authorName": "Kari Nordmann", "body": "Når kommer pengene?", "context": {"externalId": "post-1", "text": "Et innlegg"}}
				""".formatted(id, id, id));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);

		await().atMost(Duration.ofSeconds(60)).until(() -> todaysComments(analyst, account) == before + 1);
	}

	@Test
	void theCsvAndXlsxExportsHoldTheSameNumbersAsTheJson() throws Exception {
		Api analyst = api().asDemo("analytiker");
		long account = account(api().asDemo("admin"), "NAV Foreldrepenger", "FACEBOOK");
		LocalDate to = LocalDate.now(OSLO).minusDays(1);
		String range = "from=" + to.minusDays(59) + "&to=" + to;
		String path = "/api/v1/analytics/accounts/" + account + "/daily?" + range;

		JsonNode items = analyst.get(path).json().path("items");
		Api.Response csv = analyst.getAny(path + "&format=csv");
		byte[] xlsx = bytes(path + "&format=xlsx", "analytiker");

		assertThat(items.size()).isEqualTo(60);
		assertThat(csv.status()).as(csv.body()).isEqualTo(200);
		List<List<String>> expected = new ArrayList<>();
		for (JsonNode item : items) {
			expected.add(List.of(item.path("date").asString(), text(item.path("followers")), text(item.path("reach")),
					text(item.path("posts")), text(item.path("comments")),
					suppressed(item.path("privateMessages").asInt()), text(item.path("repliesSent")),
					suppressed(item.path("hiddenComments").asInt())));
		}
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.body()))
			.getRecords();
		assertThat(records.stream().map(CSVRecord::toList).toList()).isEqualTo(expected);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<List<String>> sheet = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() == 0) {
					assertThat(row.getCell(4).getStringCellValue()).isEqualTo("comments");
					continue;
				}
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < 8; c++) {
					cells.add(cell(row.getCell(c)));
				}
				sheet.add(cells);
			}
			assertThat(sheet).isEqualTo(expected);
		}
		JsonNode logged = api().asDemo("admin")
			.get("/api/v1/privacy/access-log?username=analytiker&action=EXPORT&subjectId=" + account)
			.json();
		assertThat(logged.path("items").size()).as("each export is in the access log").isGreaterThanOrEqualTo(2);
	}

	@Test
	void theDemoYearOfNavForeldrepengerResemblesTheSeed() {
		Api analyst = api().asDemo("analytiker");
		long account = account(api().asDemo("admin"), "NAV Foreldrepenger", "FACEBOOK");
		LocalDate to = LocalDate.now(OSLO).minusDays(1);
		JsonNode items = analyst.get("/api/v1/analytics/accounts/" + account + "/daily?from=" + to.minusDays(364)
				+ "&to=" + to).json().path("items");
		long comments = 0;
		for (JsonNode item : items) {
			comments += item.path("comments").asLong();
		}
		assertThat(comments).isBetween(42_000L, 47_000L);
		assertThat(items.get(items.size() - 1).path("followers").asLong()).isBetween(36_500L, 37_500L);
	}

	@Test
	void badRangesAndStrangersAccountsAreRefused() {
		Api analyst = api().asDemo("analytiker");
		long account = account(api().asDemo("admin"), "NAV Foreldrepenger", "FACEBOOK");
		String daily = "/api/v1/analytics/accounts/" + account + "/daily";

		Api.Response backwards = analyst.get(daily + "?from=2026-03-01&to=2026-02-01");
		Api.Response tooLong = analyst.get(daily + "?from=2015-01-01&to=2026-02-01");
		Api.Response notADate = analyst.get(daily + "?from=1.mars&to=2026-02-01");
		Api.Response badFormat = analyst.getAny(daily + "?format=pdf");
		Api.Response unknown = analyst.get("/api/v1/analytics/accounts/987654321/daily");
		Api.Response advisor = api().asDemo("veileder2").get(daily);
		// redaktor edits for NAV Foreldrepenger and NAV Kunnskap (the publishing demo), not for NAV Jobblyst
		long jobblyst = account(api().asDemo("admin"), "NAV Jobblyst", "FACEBOOK");
		Api.Response otherTeamsEditor = api().asDemo("redaktor").get("/api/v1/analytics/accounts/" + jobblyst + "/daily");
		Api.Response lead = api().asDemo("veileder1").get(daily);

		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().path("field").asString()).isEqualTo("to");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().path("field").asString()).isEqualTo("from");
		assertThat(notADate.json().path("field").asString()).isEqualTo("from");
		assertThat(badFormat.status()).isEqualTo(400);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(advisor.status()).as("an advisor who is not the team's lead").isEqualTo(404);
		assertThat(otherTeamsEditor.status()).as("an editor of another team").isEqualTo(404);
		assertThat(lead.status()).as("the team's lead").isEqualTo(200);
	}

	@Test
	void aTeamsServiceShowsFirstResponseAndTheApprovalWaitApart() {
		long team = api().asDemo("analytiker").get("/api/v1/analytics/scope").json().path("teams").get(0).path("id")
			.asLong();
		LocalDate to = LocalDate.now(OSLO).minusDays(1);
		String path = "/api/v1/analytics/teams/" + team + "/service?from=" + to.minusDays(29) + "&to=" + to;

		Api.Response service = api().asDemo("analytiker").get(path);
		Api.Response advisorOfNoTeam = api().asDemo("ansatt").get(path);
		Api.Response unknown = api().asDemo("analytiker").get("/api/v1/analytics/teams/987654321/service");

		assertThat(service.status()).as(service.body()).isEqualTo(200);
		JsonNode figures = service.json();
		assertThat(figures.path("replies").asInt()).isPositive();
		assertThat(figures.path("firstResponseP90Seconds").asLong())
			.isGreaterThanOrEqualTo(figures.path("firstResponseP50Seconds").asLong());
		assertThat(figures.path("approvalWaitP50Seconds").asLong()).isPositive();
		assertThat(figures.path("slaHitRate").asDouble()).isBetween(0.0, 1.0);
		assertThat(advisorOfNoTeam.status()).isEqualTo(404);
		assertThat(unknown.status()).isEqualTo(404);
		Api.Response csv = api().asDemo("analytiker").getAny(path + "&format=csv");
		assertThat(csv.status()).as(csv.body()).isEqualTo(200);
		assertThat(csv.body().lines().toList().get(1))
			.as("the export holds the JSON's numbers")
			.contains("," + figures.path("replies").asInt() + ",")
			.contains("," + figures.path("firstResponseP50Seconds").asLong() + ",");
	}

	@Test
	void aTeamsServiceShowsTimeToCloseAndTheWaitPerChannelWithTheWebChatsQueue() {
		Api analyst = api().asDemo("analytiker");
		long chat = account(api().asDemo("admin"), "Chat med NAV om foreldrepenger", "WEB_CHAT");
		long team = 0;
		for (JsonNode account : analyst.get("/api/v1/analytics/scope").json().path("accounts")) {
			if (account.path("id").asLong() == chat) {
				team = account.path("teamId").asLong();
			}
		}
		LocalDate to = LocalDate.now(OSLO).minusDays(1);
		String path = "/api/v1/analytics/teams/" + team + "/service?from=" + to.minusDays(29) + "&to=" + to;

		JsonNode figures = analyst.get(path).json();

		assertThat(figures.path("closed").asInt()).isPositive();
		assertThat(figures.path("timeToCloseP90Seconds").asLong())
			.isGreaterThanOrEqualTo(figures.path("timeToCloseP50Seconds").asLong())
			.isPositive();
		JsonNode webChat = null;
		int replies = 0;
		for (JsonNode channel : figures.path("channels")) {
			replies += channel.path("replies").asInt();
			if (channel.path("accountId").asLong() == chat) {
				webChat = channel;
			}
		}
		assertThat(replies).as("the channels add up to the team's replies").isEqualTo(figures.path("replies").asInt());
		assertThat(webChat).as("the web chat is one of the team's channels").isNotNull();
		assertThat(webChat.path("platform").asString()).isEqualTo("WEB_CHAT");
		assertThat(webChat.path("waitP90Seconds").asLong()).isGreaterThanOrEqualTo(webChat.path("waitP50Seconds")
			.asLong());
		String csv = analyst.getAny(path + "&format=csv").body();
		assertThat(csv.lines().findFirst().orElse("")).endsWith("closed,timeToCloseP50Seconds,timeToCloseP90Seconds");
		assertThat(csv.lines().toList().get(1)).endsWith("," + figures.path("closed").asInt() + ","
				+ figures.path("timeToCloseP50Seconds").asLong() + "," + figures.path("timeToCloseP90Seconds").asLong());
	}

	static long account(Api admin, String name, String platform) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("name").asString().equals(name) && account.path("platform").asString().equals(platform)) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No account " + name + " on " + platform);
	}

	private static int todaysComments(Api reader, long account) {
		LocalDate today = LocalDate.now(OSLO);
		JsonNode items = reader.get("/api/v1/analytics/accounts/" + account + "/daily?from=" + today + "&to=" + today)
			.json()
			.path("items");
		return items.isEmpty() ? 0 : items.get(0).path("comments").asInt();
	}

	private byte[] bytes(String path, String user) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer demo-token-" + user)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		return response.body();
	}

	private static String text(JsonNode value) {
		return value.isNull() ? "" : value.asString();
	}

	private static String suppressed(int count) {
		return count > 0 && count < 5 ? "<5" : String.valueOf(count);
	}

	private static String cell(Cell cell) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return String.valueOf((long) cell.getNumericCellValue());
		}
		return cell.getStringCellValue();
	}

}
