package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/** Page and post figures pulled from the Graph API (WireMock), stored once per day, and read over the API. */
class MetaFiguresIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MetaFigures figures;

	@Test
	void pullingTwiceTheSameDayOverwritesAndTheFiguresReadBackByDate() {
		String page = "7100000000071";
		long account = MetaTestAccounts.connected(api().asDemo("admin"), "FACEBOOK", "Tall " + TestText.unique(), page,
				"figures-token");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		stubInsights(page, today, 1200, 5400);
		stubPosts(page, 830);

		Api.Response first = api().asDemo("admin").post("/api/v1/channels/accounts/" + account + "/figures/pull", "");
		stubInsights(page, today, 1201, 5500);
		stubPosts(page, 900);
		Api.Response second = api().asDemo("admin").post("/api/v1/channels/accounts/" + account + "/figures/pull", "");

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.json().path("stored").asInt()).isEqualTo(6);
		assertThat(second.json().path("stored").asInt()).isEqualTo(6);
		assertThat(jdbc.sql("select count(*) from channels_figure where account_id = :a").param("a", account)
			.query(Long.class).single()).isEqualTo(6);
		GRAPH.verify(getRequestedFor(urlPathEqualTo("/" + page + "/insights"))
			.withQueryParam("metric", equalTo("page_follows,page_total_media_view_unique"))
			.withQueryParam("period", equalTo("day"))
			.withQueryParam("access_token", equalTo("figures-token")));
		GRAPH.verify(getRequestedFor(urlPathEqualTo("/" + page + "/posts")).withQueryParam("fields",
				equalTo("id,created_time,insights.metric(post_total_media_view_unique,post_media_view)")));

		JsonNode read = api().asDemo("analytiker").get("/api/v1/channels/accounts/" + account + "/figures?from="
				+ today.minusDays(2) + "&to=" + today).json();
		assertThat(read.path("from").asString()).isEqualTo(today.minusDays(2).toString());
		assertThat(value(read, page, "page_follows", today.minusDays(1))).isEqualTo(1201);
		assertThat(value(read, page, "page_follows", today.minusDays(2))).isEqualTo(1190);
		assertThat(value(read, page, "page_total_media_view_unique", today.minusDays(1))).isEqualTo(5500);
		assertThat(value(read, page + "_55", "post_total_media_view_unique", today)).isEqualTo(900);
		assertThat(value(read, page + "_55", "post_media_view", today)).isEqualTo(1800);
		JsonNode yesterdayOnly = api().asDemo("analytiker").get("/api/v1/channels/accounts/" + account
				+ "/figures?from=" + today.minusDays(1) + "&to=" + today.minusDays(1)).json();
		assertThat(yesterdayOnly.path("figures")).hasSize(2);
	}

	@Test
	void badDatesAreRefusedNamingTheFieldAndAdvisorsCannotReadFigures() {
		long account = MetaTestAccounts.created(api().asDemo("admin"), "FACEBOOK", "Datoer " + TestText.unique());
		String base = "/api/v1/channels/accounts/" + account + "/figures";

		Api.Response notADate = api().asDemo("analytiker").get(base + "?from=24.11.2026");
		Api.Response backwards = api().asDemo("analytiker").get(base + "?from=2026-11-24&to=2026-11-01");
		Api.Response tooLong = api().asDemo("analytiker").get(base + "?from=2024-01-01&to=2026-11-01");
		Api.Response badTo = api().asDemo("analytiker").get(base + "?to=2026-13-01");
		Api.Response advisor = api().asDemo("veileder1").get(base);
		Api.Response unconnected = api().asDemo("admin").post(base + "/pull", "");

		assertThat(notADate.status()).isEqualTo(400);
		assertThat(notADate.isProblem()).isTrue();
		assertThat(notADate.json().path("field").asString()).isEqualTo("from");
		assertThat(backwards.json().path("field").asString()).isEqualTo("from");
		assertThat(tooLong.json().path("field").asString()).isEqualTo("to");
		assertThat(badTo.json().path("field").asString()).isEqualTo("to");
		assertThat(advisor.status()).isEqualTo(403);
		assertThat(unconnected.status()).isEqualTo(409);
		assertThat(unconnected.problemType()).isEqualTo("urn:samtale:problem:meta-not-connected");
	}

	@Test
	void theDailyPullMarksAPageWhoseTokenMetaRejects() {
		String page = "7200000000072";
		long account = MetaTestAccounts.connected(api().asDemo("admin"), "FACEBOOK", "Utløpt " + TestText.unique(), page,
				"figures-expired");
		GRAPH.stubFor(get(urlPathEqualTo("/" + page + "/insights")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Session has expired\",\"code\":190,\"fbtrace_id\":\"TFIG\"}}")));

		figures.pullAll();

		assertThat(api().asDemo("admin").get("/api/v1/channels/accounts/" + account + "/meta").json().path("state")
			.asString()).isEqualTo("RECONNECT_NEEDED");
	}

	private static long value(JsonNode read, String object, String metric, LocalDate day) {
		for (JsonNode figure : read.path("figures")) {
			if (figure.path("objectId").asString().equals(object) && figure.path("metric").asString().equals(metric)
					&& figure.path("date").asString().equals(day.toString())) {
				return figure.path("value").asLong();
			}
		}
		throw new AssertionError("No " + metric + " of " + object + " on " + day + " in " + read);
	}

	/** Meta's daily values end at the start of the next day (Pacific midnight, written in UTC). */
	private static void stubInsights(String page, LocalDate today, long follows, long viewers) {
		String end1 = today + "T08:00:00+0000";
		String end2 = today.minusDays(1) + "T08:00:00+0000";
		GRAPH.stubFor(get(urlPathEqualTo("/" + page + "/insights")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("""
					{"data":[
					 {"name":"page_follows","period":"day","values":[{"value":1190,"end_time":"%s"},
					   {"value":%d,"end_time":"%s"}],"title":"Follows","id":"%s/insights/page_follows/day"},
					 {"name":"page_total_media_view_unique","period":"day","values":[{"value":5000,"end_time":"%s"},
					   {"value":%d,"end_time":"%s"}],"id":"%s/insights/page_total_media_view_unique/day"}],
					 "paging":{"previous":"x","next":"y"}}""".formatted(end2, follows, end1, page, end2, viewers, end1,
					page))));
	}

	private static void stubPosts(String page, long viewers) {
		GRAPH.stubFor(get(urlPathEqualTo("/" + page + "/posts")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("""
					{"data":[{"id":"%s_55","created_time":"2026-11-20T10:00:00+0000","insights":{"data":[
					 {"name":"post_total_media_view_unique","period":"lifetime","values":[{"value":%d}]},
					 {"name":"post_media_view","period":"lifetime","values":[{"value":%d}]}]}}]}""".formatted(page,
					viewers, viewers * 2))));
	}

}
