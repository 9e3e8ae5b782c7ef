package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The editor's week through the API: the demo wheel, a post written, refused where the platform would refuse it,
 * sent to the partner, not approvable by its author, approved by the partner and published once; sent back with a
 * comment; edited after approval (a new approval); and what can no longer change.
 */
@AlsoOnTheEmbeddedDatabase
class PublishingPostsIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoWheelOfNavForeldrepengerHasAtLeastTwelveThemesWithPeriods() {
		int year = LocalDate.now().getYear();
		Api.Response wheel = api().asDemo("redaktor").get("/api/v1/publishing/wheel?year=" + year);

		assertThat(wheel.status()).as(wheel.body()).isEqualTo(200);
		JsonNode themes = wheel.json().path("themes");
		assertThat(themes.size()).isGreaterThanOrEqualTo(12);
		JsonNode g = find(themes, "G-regulering");
		assertThat(g.path("period").path("unit").asString()).isEqualTo("MONTHS");
		assertThat(g.path("startsOn").asString()).isEqualTo(year + "-05-01");
		assertThat(g.path("accounts").size()).isPositive();
		assertThat(api().asDemo("redaktor2").get("/api/v1/publishing/wheel?year=" + year).json().path("themes").size())
			.as("both editors are in the team").isGreaterThanOrEqualTo(12);
		assertThat(api().asDemo("redaktor").get("/api/v1/publishing/wheel?year=20").status()).isEqualTo(400);
	}

	@Test
	void aPostIsWrittenApprovedByThePartnerNotTheAuthorAndPublishedOnce() {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "X", "X " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		Api.Response created = redaktor.post("/api/v1/publishing/posts", post(account, "Husk å søke i god tid!",
				Instant.now().plusSeconds(3)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("status").asString()).isEqualTo("DRAFT");
		long id = created.json().path("id").asLong();

		Api.Response submitted = redaktor.post("/api/v1/publishing/posts/" + id + "/submit", "");
		Api.Response own = redaktor.post("/api/v1/publishing/posts/" + id + "/approve", "");
		Api.Response outsider = api().asDemo("veileder4").post("/api/v1/publishing/posts/" + id + "/approve", "");
		Api.Response approved = api().asDemo("redaktor2").post("/api/v1/publishing/posts/" + id + "/approve", "");

		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.json().path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.problemType()).isEqualTo("urn:samtale:problem:own-approval");
		assertThat(outsider.status()).isEqualTo(403);
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(approved.json().path("approver").path("name").asString()).isEqualTo("Maja Kristiansen");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "PUBLISHED".equals(redaktor.get("/api/v1/publishing/posts/" + id).json().path("status").asString()));
		JsonNode published = redaktor.get("/api/v1/publishing/posts/" + id).json();
		assertThat(published.path("externalId").asString()).startsWith("sim-");
		assertThat(jdbc.sql("select count(*) from channels_simulator_sent where account_id = :a").param("a", account)
			.query(Long.class).single()).isEqualTo(1);

		Api.Response edit = redaktor.put("/api/v1/publishing/posts/" + id, post(account, "Endret", Instant.now().plusSeconds(60)));
		Api.Response cancel = redaktor.post("/api/v1/publishing/posts/" + id + "/cancel", "");
		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.problemType()).isEqualTo("urn:samtale:problem:post-published");
		assertThat(cancel.problemType()).isEqualTo("urn:samtale:problem:post-published");
	}

	@Test
	void theFirstCommentGoesUnderThePublishedPostOnce() {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "FACEBOOK", "FB " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		long id = redaktor.post("/api/v1/publishing/posts", "{\"accountId\": " + account
				+ ", \"text\": \"Nye regler fra 1. januar\", \"publishAt\": \"" + Instant.now().plusSeconds(2)
				+ "\", \"firstComment\": \"Les mer på nav.no\"}").json().path("id").asLong();
		redaktor.post("/api/v1/publishing/posts/" + id + "/submit", "");
		api().asDemo("redaktor2").post("/api/v1/publishing/posts/" + id + "/approve", "");

		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"select count(*) from channels_simulator_sent where account_id = :a and action = 'REPLY'")
			.param("a", account).query(Long.class).single() == 1);
		String postId = redaktor.get("/api/v1/publishing/posts/" + id).json().path("externalId").asString();
		assertThat(jdbc.sql("select target from channels_simulator_sent where account_id = :a and action = 'REPLY'")
			.param("a", account).query(String.class).single()).isEqualTo(postId);
		assertThat(jdbc.sql("select count(*) from channels_simulator_sent where account_id = :a").param("a", account)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
		Api admin = api().asDemo("admin");
		long x = PublishingTestAccounts.simulated(admin, "X", "X " + TestText.unique());
		long instagram = PublishingTestAccounts.simulated(admin, "INSTAGRAM", "Insta " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		Instant later = Instant.now().plus(Duration.ofDays(1));

		Api.Response tooLong = redaktor.post("/api/v1/publishing/posts", post(x, "a".repeat(281), later));
		Api.Response past = redaktor.post("/api/v1/publishing/posts", post(x, "Hei", Instant.now().minusSeconds(60)));
		Api.Response noTime = redaktor.post("/api/v1/publishing/posts", "{\"accountId\": " + x + ", \"text\": \"Hei\"}");
		Api.Response notATime = redaktor.post("/api/v1/publishing/posts",
				"{\"accountId\": " + x + ", \"text\": \"Hei\", \"publishAt\": \"i morgen\"}");
		Api.Response empty = redaktor.post("/api/v1/publishing/posts", post(x, " ", later));
		Api.Response noAccount = redaktor.post("/api/v1/publishing/posts", post(999999999L, "Hei", later));
		Api.Response identity = redaktor.post("/api/v1/publishing/posts",
				post(x, "Gratulerer til 150885 10140!", later));
		Api.Response badLink = redaktor.post("/api/v1/publishing/posts",
				"{\"accountId\": " + x + ", \"text\": \"Hei\", \"publishAt\": \"" + later + "\", \"link\": \"javascript:alert(1)\"}");
		Api.Response outsider = api().asDemo("veileder4").post("/api/v1/publishing/posts", post(x, "Hei", later));
		Api.Response severalWrong = redaktor.post("/api/v1/publishing/posts", "{\"accountId\": " + x
				+ ", \"text\": \" \", \"publishAt\": \"" + Instant.now().minusSeconds(60) + "\", \"link\": \"ftp://x\"}");

		assertThat(severalWrong.status()).isEqualTo(400);
		assertThat(severalWrong.json().path("errors").valueStream().map(error -> error.path("field").asString()))
			.containsExactly("text", "publishAt", "link");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().path("field").asString()).isEqualTo("text");
		assertThat(past.json().path("field").asString()).isEqualTo("publishAt");
		assertThat(noTime.json().path("field").asString()).isEqualTo("publishAt");
		assertThat(notATime.status()).isEqualTo(400);
		assertThat(empty.json().path("field").asString()).isEqualTo("text");
		assertThat(noAccount.json().path("field").asString()).isEqualTo("accountId");
		assertThat(identity.status()).isEqualTo(422);
		assertThat(identity.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(badLink.json().path("field").asString()).isEqualTo("link");
		assertThat(outsider.status()).isEqualTo(403);
		assertThat(count(x)).isZero();

		long draft = redaktor.post("/api/v1/publishing/posts", post(instagram, "Se bildet!", later)).json().path("id").asLong();
		Api.Response noImage = redaktor.post("/api/v1/publishing/posts/" + draft + "/submit", "");
		assertThat(noImage.status()).isEqualTo(409);
		assertThat(noImage.problemType()).isEqualTo("urn:samtale:problem:post-needs-image");
		assertThat(noImage.json().path("field").asString()).isEqualTo("image");
		assertThat(redaktor.get("/api/v1/publishing/posts/" + draft).json().path("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aPostSentBackKeepsTheCommentAndAnEditAfterApprovalNeedsANewApproval() {
		long x = PublishingTestAccounts.simulated(api().asDemo("admin"), "X", "X " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		Api partner = api().asDemo("redaktor2");
		Instant later = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
		long id = redaktor.post("/api/v1/publishing/posts", post(x, "Første utkast", later)).json().path("id").asLong();
		redaktor.post("/api/v1/publishing/posts/" + id + "/submit", "");

		Api.Response noComment = partner.post("/api/v1/publishing/posts/" + id + "/reject", "{}");
		Api.Response rejected = partner.post("/api/v1/publishing/posts/" + id + "/reject", "{\"comment\": \"Kortere, takk\"}");
		assertThat(noComment.json().path("field").asString()).isEqualTo("comment");
		assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().path("rejectionComment").asString()).isEqualTo("Kortere, takk");

		redaktor.put("/api/v1/publishing/posts/" + id, post(x, "Kortere", later));
		redaktor.post("/api/v1/publishing/posts/" + id + "/submit", "");
		Api.Response approved = partner.post("/api/v1/publishing/posts/" + id + "/approve", "");
		assertThat(approved.json().path("status").asString()).as(approved.body()).isEqualTo("SCHEDULED");

		Api.Response edited = partner.put("/api/v1/publishing/posts/" + id, post(x, "Kortere enn kort", later));
		assertThat(edited.json().path("status").asString()).isEqualTo("AWAITING_APPROVAL");
		assertThat(edited.json().path("canApprove").asBoolean()).as("the editor of the change is its author").isFalse();
		Api.Response byEditor = partner.post("/api/v1/publishing/posts/" + id + "/approve", "");
		assertThat(byEditor.problemType()).isEqualTo("urn:samtale:problem:own-approval");
		Api.Response byOther = redaktor.post("/api/v1/publishing/posts/" + id + "/approve", "");
		assertThat(byOther.json().path("status").asString()).isEqualTo("SCHEDULED");
		assertThat(byOther.json().path("text").asString()).isEqualTo("Kortere enn kort");

		Api.Response cancelled = redaktor.post("/api/v1/publishing/posts/" + id + "/cancel", "");
		assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
		assertThat(redaktor.post("/api/v1/publishing/posts/" + id + "/cancel", "").status()).isEqualTo(409);
	}

	@Test
	void themesAreKeptWithPeriodsOfMonthsOrWeeksAndCopiedForward() {
		Api redaktor = api().asDemo("redaktor");
		long team = teamId("NAV Foreldrepenger");
		String title = "Tema " + TestText.unique();
		Api.Response badUnit = redaktor.post("/api/v1/publishing/themes", theme(team, title, "DAYS", 1, 2, 2031));
		Api.Response badWeek = redaktor.post("/api/v1/publishing/themes", theme(team, title, "WEEKS", 1, 54, 2031));
		Api.Response created = redaktor.post("/api/v1/publishing/themes", theme(team, title, "WEEKS", 51, 2, 2031));

		assertThat(badUnit.status()).isEqualTo(400);
		assertThat(badUnit.json().path("field").asString()).isEqualTo("period.unit");
		assertThat(badWeek.json().path("field").asString()).isEqualTo("period.to");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("startsOn").asString()).isEqualTo("2031-12-15");
		assertThat(created.json().path("endsOn").asString()).isEqualTo("2032-01-11");

		Api.Response copied = redaktor.post("/api/v1/publishing/teams/" + team + "/wheel/2031/copy-forward", "");
		assertThat(copied.status()).as(copied.body()).isEqualTo(200);
		assertThat(find(redaktor.get("/api/v1/publishing/wheel?year=2032").json().path("themes"), title).path("year")
			.asInt()).isEqualTo(2032);
		assertThat(api().asDemo("veileder4").get("/api/v1/publishing/wheel?year=2031").status()).isEqualTo(403);
	}

	@Test
	void anIdeaOnAThemeBecomesADraftInTheThemesPeriod() {
		Api redaktor = api().asDemo("redaktor");
		long team = teamId("NAV Foreldrepenger");
		long x = PublishingTestAccounts.simulated(api().asDemo("admin"), "X", "X " + TestText.unique());
		long theme = redaktor.post("/api/v1/publishing/themes", theme(team, "Idétema " + TestText.unique(), "MONTHS", 8, 8, 2040))
			.json().path("id").asLong();

		Api.Response empty = redaktor.post("/api/v1/publishing/themes/" + theme + "/ideas", "{\"text\": \" \"}");
		Api.Response idea = redaktor.post("/api/v1/publishing/themes/" + theme + "/ideas",
				"{\"text\": \"Video om første dag i barnehagen\"}");
		Api.Response draft = redaktor.post("/api/v1/publishing/ideas/" + idea.json().path("id").asLong() + "/draft",
				"{\"accountId\": " + x + "}");
		Api.Response again = redaktor.post("/api/v1/publishing/ideas/" + idea.json().path("id").asLong() + "/draft",
				"{\"accountId\": " + x + "}");

		assertThat(empty.json().path("field").asString()).isEqualTo("text");
		assertThat(draft.status()).as(draft.body()).isEqualTo(201);
		assertThat(draft.json().path("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.json().path("themeId").asLong()).isEqualTo(theme);
		assertThat(draft.json().path("publishAt").asString()).isEqualTo("2040-08-01T07:00:00Z");
		assertThat(again.status()).isEqualTo(409);
		assertThat(redaktor.get("/api/v1/publishing/themes/" + theme + "/ideas").json().get(0).path("postId").asLong())
			.isEqualTo(draft.json().path("id").asLong());
	}

	@Test
	void theCalendarFlagsDaysUnderTheAccountsDailyTarget() {
		long x = PublishingTestAccounts.simulated(api().asDemo("admin"), "X", "X " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		assertThat(redaktor.put("/api/v1/publishing/accounts/" + x + "/daily-target", "{\"dailyTarget\": 2}").status())
			.isEqualTo(200);
		LocalDate day = LocalDate.now(Calendar.OSLO).plusDays(3);
		Instant noon = day.atTime(12, 0).atZone(Calendar.OSLO).toInstant();
		redaktor.post("/api/v1/publishing/posts", post(x, "En", noon));
		redaktor.post("/api/v1/publishing/posts", post(x, "To", noon.plusSeconds(3600)));
		redaktor.post("/api/v1/publishing/posts", post(x, "Tre", noon.plus(Duration.ofDays(1))));

		Api.Response calendar = redaktor.get("/api/v1/publishing/calendar?from=" + day + "&to=" + day.plusDays(1)
				+ "&accountId=" + x);
		assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);
		assertThat(calendar.json().path("posts").size()).isEqualTo(3);
		JsonNode days = calendar.json().path("days");
		assertThat(days.get(0).path("underTarget").asBoolean()).isFalse();
		assertThat(days.get(1).path("posts").asInt()).isEqualTo(1);
		assertThat(days.get(1).path("underTarget").asBoolean()).isTrue();
		assertThat(redaktor.get("/api/v1/publishing/calendar?from=" + day + "&to=" + day.minusDays(1)).json()
			.path("field").asString()).isEqualTo("to");
	}

	private long count(long account) {
		return jdbc.sql("select count(*) from publishing_post where account_id = :a").param("a", account)
			.query(Long.class).single();
	}

	private long teamId(String name) {
		for (JsonNode t : api().asDemo("admin").get("/api/v1/channels/teams").json()) {
			if (t.path("name").asString().equals(name)) {
				return t.path("id").asLong();
			}
		}
		throw new AssertionError("No team " + name);
	}

	static String post(long account, String text, Instant at) {
		return "{\"accountId\": " + account + ", \"text\": \"" + text + "\", \"publishAt\": \"" + at + "\"}";
	}

	private static String theme(long team, String title, String unit, int from, int to, int year) {
		return """
				{"teamId": %d, "year": %d, "title": "%s", "description": "Beskrivelse", "keyMessages": ["Budskap"],
				 "links": ["https://www.nav.no"], "accountIds": [], "periodUnit": "%s", "periodFrom": %d, "periodTo": %d}
				""".formatted(team, year, title, unit, from, to);
	}

	private static JsonNode find(JsonNode themes, String title) {
		for (JsonNode theme : themes) {
			if (theme.path("title").asString().equals(title)) {
				return theme;
			}
		}
		throw new AssertionError("No theme " + title + " in " + themes);
	}

}
