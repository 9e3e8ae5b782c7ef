package no.samtale.publishing.internal;

import static no.samtale.publishing.internal.PublishingPostsIntegrationTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The calendar's month and week views through the API: per day the counts by status and per account against the
 * daily target, only the first few posts in compact form and how many more, a day's posts a page at a time, the
 * Norwegian day of a post across the autumn clock change, and bad periods and sizes named. On H2 too: the day
 * numbers and the ranking within a day are SQL that both databases must read alike.
 */
@AlsoOnTheEmbeddedDatabase
class PublishingCalendarDaysIntegrationTests extends IntegrationTest {

	private static final LocalDate DAY = LocalDate.of(2041, 3, 12);

	@Test
	void aBusyDayListsItsFirstPostsAndCountsTheRestByStatusAndAgainstTheTarget() {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "FACEBOOK", "FB " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		assertThat(redaktor.put("/api/v1/publishing/accounts/" + account + "/daily-target", "{\"dailyTarget\": 7}")
			.status()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		for (int i = 7; i >= 1; i--) { // written latest first: the list is by time, not by id
			ids.add(0, created(redaktor, account, "Innlegg " + i + " om foreldrepenger", at(DAY, 8 + i)));
		}
		redaktor.post("/api/v1/publishing/posts/" + ids.get(5) + "/submit", "");
		redaktor.post("/api/v1/publishing/posts/" + ids.get(6) + "/cancel", "");
		String longText = "Nå kan du søke om foreldrepenger for adopsjon digitalt. Les mer om hva du må legge ved søknaden";
		created(redaktor, account, longText, at(DAY.plusDays(1), 10));

		Api.Response answer = redaktor.get("/api/v1/publishing/calendar/days?from=" + DAY + "&to=" + DAY.plusDays(2)
				+ "&accountId=" + account + "&perDay=5");

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode days = answer.json().path("days");
		assertThat(answer.json().path("perDay").asInt()).isEqualTo(5);
		assertThat(answer.json().path("accounts").get(0).path("dailyTarget").asInt()).isEqualTo(7);
		assertThat(answer.json().path("authors").get(0).path("name").asString()).isEqualTo("Hanne Lie");
		assertThat(days.size()).isEqualTo(3);
		JsonNode busy = days.get(0);
		assertThat(busy.path("date").asString()).isEqualTo(DAY.toString());
		assertThat(busy.path("posts").asInt()).isEqualTo(7);
		assertThat(busy.path("more").asInt()).isEqualTo(2);
		assertThat(ids(busy.path("first"))).containsExactlyElementsOf(ids.subList(0, 5));
		assertThat(busy.path("first").get(0).path("title").asString()).isEqualTo("Innlegg 1 om foreldrepenger");
		assertThat(busy.path("first").get(0).has("text")).as("compact: no full text").isFalse();
		assertThat(statuses(busy)).isEqualTo("DRAFT=5 AWAITING_APPROVAL=1 CANCELLED=1");
		JsonNode target = busy.path("accounts").get(0);
		assertThat(target.path("posts").asInt()).as("a cancelled post does not count").isEqualTo(6);
		assertThat(target.path("underTarget").asBoolean()).isTrue();
		JsonNode next = days.get(1);
		assertThat(next.path("first").get(0).path("title").asString())
			.isEqualTo("Nå kan du søke om foreldrepenger for adopsjon digitalt. Les mer om hva du må…");
		assertThat(days.get(2).path("posts").asInt()).isZero();
		assertThat(days.get(2).path("accounts").get(0).path("posts").asInt()).isZero();
		assertThat(days.get(2).path("accounts").get(0).path("underTarget").asBoolean()).isTrue();

		JsonNode counts = redaktor.get("/api/v1/publishing/calendar/days?from=" + DAY + "&to=" + DAY + "&accountId="
				+ account + "&perDay=0").json().path("days").get(0);
		assertThat(counts.path("first").size()).isZero();
		assertThat(counts.path("more").asInt()).isEqualTo(7);
	}

	@Test
	void aDaysPostsComeAPageAtATimeInTimeOrderWithTheirFullViews() {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "X", "X " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		LocalDate day = DAY.plusDays(10);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			ids.add(created(redaktor, account, "Dagens innlegg " + i, at(day, 20 - i)));
		}
		Collections.reverse(ids);

		String path = "/api/v1/publishing/calendar/posts?from=" + day + "&to=" + day + "&accountId=" + account;
		JsonNode first = redaktor.get(path + "&size=3").json();
		JsonNode last = redaktor.get(path + "&size=3&page=2").json();

		assertThat(first.path("totalElements").asInt()).isEqualTo(7);
		assertThat(first.path("totalPages").asInt()).isEqualTo(3);
		assertThat(ids(first.path("items"))).containsExactlyElementsOf(ids.subList(0, 3));
		assertThat(first.path("items").get(0).path("text").asString()).isEqualTo("Dagens innlegg 6");
		assertThat(first.path("items").get(0).path("author").path("name").asString()).isEqualTo("Hanne Lie");
		assertThat(ids(last.path("items"))).containsExactly(ids.get(6));
		assertThat(redaktor.get(path + "&size=3&page=9").json().path("items").size()).isZero();
	}

	@Test
	void theThemeFilterNarrowsTheListedPostsButNotTheCountsAgainstTheTarget() {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "FACEBOOK", "FB " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		redaktor.put("/api/v1/publishing/accounts/" + account + "/daily-target", "{\"dailyTarget\": 2}");
		long team = api().asDemo("admin").get("/api/v1/channels/teams").json().valueStream()
			.filter(t -> t.path("name").asString().equals("NAV Foreldrepenger")).findFirst().orElseThrow().path("id")
			.asLong();
		long theme = redaktor.post("/api/v1/publishing/themes", """
				{"teamId": %d, "year": null, "title": "Tema %s", "description": "Om", "keyMessages": [], "links": [],
				 "accountIds": [], "periodUnit": "MONTHS", "periodFrom": 1, "periodTo": 12}"""
			.formatted(team, TestText.unique())).json().path("id").asLong();
		LocalDate day = DAY.plusDays(20);
		redaktor.post("/api/v1/publishing/posts", "{\"accountId\": " + account + ", \"text\": \"Om temaet\", \"publishAt\": \""
				+ at(day, 9) + "\", \"themeId\": " + theme + "}");
		created(redaktor, account, "Uten tema", at(day, 10));

		JsonNode filtered = redaktor.get("/api/v1/publishing/calendar/days?from=" + day + "&to=" + day + "&accountId="
				+ account + "&themeId=" + theme).json().path("days").get(0);
		JsonNode page = redaktor.get("/api/v1/publishing/calendar/posts?from=" + day + "&to=" + day + "&accountId="
				+ account + "&themeId=" + theme).json();

		assertThat(filtered.path("posts").asInt()).isEqualTo(1);
		assertThat(filtered.path("first").get(0).path("themeId").asLong()).isEqualTo(theme);
		assertThat(filtered.path("accounts").get(0).path("posts").asInt()).isEqualTo(2);
		assertThat(filtered.path("accounts").get(0).path("underTarget").asBoolean()).isFalse();
		assertThat(page.path("totalElements").asInt()).isEqualTo(1);
	}

	@Test
	void aPostLateOnTheDayTheClocksGoBackStaysOnThatNorwegianDay() {
		long account = PublishingTestAccounts.simulated(api().asDemo("admin"), "X", "X " + TestText.unique());
		Api redaktor = api().asDemo("redaktor");
		// The last Sunday of October has 25 hours in Norway: 23:30 there is 22:30 UTC, 00:30 the next day 23:30 UTC.
		LocalDate change = LocalDate.of(2041, 10, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
		long late = created(redaktor, account, "Sent søndag", change.atTime(23, 30).atZone(Calendar.OSLO).toInstant());
		long early = created(redaktor, account, "Tidlig mandag",
				change.plusDays(1).atTime(0, 30).atZone(Calendar.OSLO).toInstant());

		JsonNode days = redaktor.get("/api/v1/publishing/calendar/days?from=" + change.minusDays(1) + "&to="
				+ change.plusDays(1) + "&accountId=" + account).json().path("days");

		assertThat(ids(days.get(0).path("first"))).isEmpty();
		assertThat(ids(days.get(1).path("first"))).containsExactly(late);
		assertThat(ids(days.get(2).path("first"))).containsExactly(early);
	}

	@Test
	void aBadPeriodOrSizeIsAProblemNamingTheParameter() {
		Api redaktor = api().asDemo("redaktor");
		String days = "/api/v1/publishing/calendar/days?from=" + DAY;
		String posts = "/api/v1/publishing/calendar/posts?from=" + DAY;

		assertThat(redaktor.get(days + "&to=" + DAY.minusDays(1)).json().path("field").asString()).isEqualTo("to");
		assertThat(redaktor.get(days + "&to=" + DAY.plusDays(93)).json().path("field").asString()).isEqualTo("to");
		assertThat(redaktor.get(days + "&to=" + DAY.plusDays(92)).status()).isEqualTo(200);
		Api.Response perDay = redaktor.get(days + "&to=" + DAY + "&perDay=21");
		assertThat(perDay.status()).isEqualTo(400);
		assertThat(perDay.json().path("field").asString()).isEqualTo("perDay");
		assertThat(redaktor.get(posts + "&to=" + DAY + "&size=201").status()).isEqualTo(400);
		assertThat(redaktor.get(posts + "&to=" + DAY.minusDays(1)).json().path("field").asString()).isEqualTo("to");
		assertThat(api().asDemo("veileder1").get(days + "&to=" + DAY).status()).isEqualTo(403);
	}

	private static long created(Api api, long account, String text, Instant at) {
		Api.Response created = api.post("/api/v1/publishing/posts", post(account, text, at));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(Calendar.OSLO).toInstant();
	}

	private static List<Long> ids(JsonNode list) {
		return list.valueStream().map(p -> p.path("id").asLong()).toList();
	}

	private static String statuses(JsonNode day) {
		return String.join(" ", day.path("statuses").valueStream()
			.map(s -> s.path("status").asString() + "=" + s.path("posts").asInt()).toList());
	}

}
