package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;

/**
 * The forum's figures: the demo history resembles the seed (200+ posts and 50,000 views a month, the reform's peak,
 * the live chat's day), a question asked, answered and verified is in this month's figures, the export holds the
 * JSON's numbers with small counts suppressed, and bad input is refused naming the field. The report is kept for
 * half a minute, yet a question, an answer or a view counted on this node shows in it at once.
 */
@AlsoOnTheEmbeddedDatabase
class ForumFiguresIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	static final String RULES = "Faglig veiledning på regelverksspørsmål";

	static YearMonth thisMonth() {
		return YearMonth.now(ZoneId.of("Europe/Oslo"));
	}

	@Test
	void theDemoForumsMonthsResembleTheSeedWithTheReformAndTheLiveChatAsPeaks() {
		YearMonth now = thisMonth();
		JsonNode report = api().asDemo("analytiker")
			.get("/api/v1/analytics/forum/monthly?from=" + now.minusMonths(24) + "&to=" + now.minusMonths(1))
			.json();

		JsonNode items = report.path("items");
		assertThat(items.size()).isEqualTo(24);
		JsonNode ordinary = items.get(items.size() - 3);
		assertThat(ordinary.path("posts").asLong()).isBetween(190L, 260L);
		assertThat(ordinary.path("views").asLong()).isBetween(42_000L, 60_000L);
		assertThat(ordinary.path("members").asLong()).isPositive();
		assertThat(ordinary.path("top10Share").asDouble()).as("90-9-1: the top tenth writes most")
			.isGreaterThan(0.4);
		assertThat(ordinary.path("top1Share").asDouble()).isLessThan(ordinary.path("top10Share").asDouble());
		assertThat(ordinary.path("firstAnswerP50Seconds").asLong())
			.isLessThan(ordinary.path("verifiedAnswerP50Seconds").asLong());
		String reform = now.minusMonths(ForumHistoryDemo.REFORM_MONTHS_AGO).toString();
		assertThat(report.path("peaks").path("postsMonth").asString()).isEqualTo(reform);
		assertThat(report.path("peaks").path("posts").asLong()).isBetween(370L, 400L);
		assertThat(report.path("peaks").path("viewsMonth").asString()).isEqualTo(reform);
		assertThat(report.path("peaks").path("views").asLong()).isBetween(120_000L, 130_000L);
		assertThat(report.path("peaks").path("viewsDay").asString()).isEqualTo(
				ForumHistoryDemo.liveChatDay(now.minusMonths(ForumHistoryDemo.LIVE_CHAT_MONTHS_AGO)).toString());
		assertThat(report.path("peaks").path("dayViews").asLong()).isGreaterThanOrEqualTo(20_000L);
	}

	@Test
	void aQuestionAskedAnsweredAndVerifiedIsInThisMonthsFiguresOfItsSpace() {
		Api analyst = api().asDemo("analytiker");
		long space = ForumSteps.space(api().asDemo("ansatt"), RULES);
		String path = "/api/v1/analytics/forum/monthly?space=" + space + "&from=" + thisMonth() + "&to=" + thisMonth();
		JsonNode before = analyst.get(path).json().path("items").get(0);

		long discussion = ForumSteps.ask(api().asDemo("ansatt"), space, "Tall for forumet",
				"Hvor lang tid tar det før noen svarer?");
		long answer = ForumSteps.reply(api().asDemo("fagperson"), discussion, "Vanligvis noen timer.");
		assertThat(api().asDemo("moderator")
			.post("/api/v1/discussions/" + discussion + "/verified-answer", "{\"messageId\": " + answer + "}")
			.status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			JsonNode after = analyst.get(path).json().path("items").get(0);
			assertThat(after.path("posts").asLong()).isEqualTo(before.path("posts").asLong() + 2);
			assertThat(after.path("questions").asInt()).isEqualTo(before.path("questions").asInt() + 1);
			assertThat(after.path("firstAnswerP50Seconds").isNull()).isFalse();
			assertThat(after.path("verifiedAnswerP50Seconds").isNull()).isFalse();
			assertThat(after.path("contributors").asInt()).isGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void aKeptReportShowsAQuestionItsAnswerAndAViewCountedOnThisNodeAtOnce() {
		Api analyst = api().asDemo("analytiker");
		long space = ForumSteps.space(api().asDemo("ansatt"), RULES);
		String path = "/api/v1/analytics/forum/monthly?space=" + space + "&from=" + thisMonth() + "&to=" + thisMonth();
		JsonNode before = analyst.get(path).json().path("items").get(0);
		assertThat(analyst.get(path).json().path("items").get(0)).as("read twice, kept once").isEqualTo(before);

		long discussion = ForumSteps.ask(api().asDemo("ansatt"), space, "Holdes tallene?",
				"Viser tallene et nytt spørsmål med en gang?");
		ForumSteps.reply(api().asDemo("fagperson"), discussion, "Ja, med en gang.");
		// Only the listeners are waited for, never the report: it must show what they counted the moment they did.
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from analytics_forum_question where discussion_id = :id and first_answer_at is not null
				""").param("id", discussion).query(Long.class).single() == 1);
		JsonNode answered = analyst.get(path).json().path("items").get(0);
		assertThat(answered.path("questions").asInt()).isEqualTo(before.path("questions").asInt() + 1);
		assertThat(answered.path("firstAnswerP50Seconds").isNull()).isFalse();

		assertThat(api().asDemo("moderator").get("/api/v1/discussions/" + discussion).status()).isEqualTo(200);
		JsonNode viewed = analyst.get(path).json().path("items").get(0);
		assertThat(viewed.path("views").asLong()).isEqualTo(answered.path("views").asLong() + 1);
	}

	@Test
	void theCsvExportHoldsTheJsonsNumbersWithFewPostersSuppressedAndIsAccessLogged() throws Exception {
		Api analyst = api().asDemo("analytiker");
		String path = "/api/v1/analytics/forum/monthly?from=" + thisMonth().minusMonths(6) + "&to="
				+ thisMonth().minusMonths(1);
		JsonNode items = analyst.get(path).json().path("items");

		Api.Response csv = analyst.getAny(path + "&format=csv");

		assertThat(csv.status()).as(csv.body()).isEqualTo(200);
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.body()))
			.getRecords();
		assertThat(records).hasSize(items.size());
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			CSVRecord record = records.get(i);
			assertThat(record.get("month")).isEqualTo(item.path("month").asString());
			assertThat(record.get("views")).isEqualTo(item.path("views").asString());
			assertThat(record.get("posts")).isEqualTo(item.path("posts").asString());
			int contributors = item.path("contributors").asInt();
			assertThat(record.get("contributors"))
				.isEqualTo(contributors > 0 && contributors < 5 ? "<5" : String.valueOf(contributors));
			assertThat(record.get("escalationsOpen")).isEqualTo(item.path("escalationsOpen").asString());
		}
		JsonNode logged = api().asDemo("admin")
			.get("/api/v1/privacy/access-log?username=analytiker&action=EXPORT&subjectId=all")
			.json();
		assertThat(logged.path("items").size()).isPositive();
		assertThat(ForumFiguresController.exportRow(new ForumMonths.ForumMonth("2026-01", 10, 3, 3, 2, 0.5, 1.0, 1,
				60L, null, 0, 0))).containsExactly("2026-01", 10L, 3L, "<5", "<5", "<5", "<5", 1, 60L, null, 0, 0);
	}

	@Test
	void badRangesUnknownSpacesAndStrangersAreRefused() {
		Api analyst = api().asDemo("analytiker");
		String monthly = "/api/v1/analytics/forum/monthly";

		Api.Response notAMonth = analyst.get(monthly + "?from=2026-13&to=2026-12");
		Api.Response backwards = analyst.get(monthly + "?from=2026-05&to=2026-01");
		Api.Response tooLong = analyst.get(monthly + "?from=2015-01&to=2026-02");
		Api.Response badFormat = analyst.getAny(monthly + "?format=pdf");
		Api.Response unknown = analyst.get(monthly + "?space=987654321");
		Api.Response advisor = api().asDemo("veileder2").get(monthly);

		assertThat(notAMonth.status()).isEqualTo(400);
		assertThat(notAMonth.json().path("field").asString()).isEqualTo("from");
		assertThat(backwards.json().path("field").asString()).isEqualTo("to");
		assertThat(tooLong.json().path("field").asString()).isEqualTo("from");
		assertThat(badFormat.status()).isEqualTo(400);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(advisor.status()).isEqualTo(404);
		assertThat(api().asDemo("veileder2").get("/api/v1/analytics/forum/spaces").json().size()).isZero();
		assertThat(analyst.get("/api/v1/analytics/forum/spaces").json().size()).isGreaterThanOrEqualTo(4);
	}

}
