package no.samtale.channels.internal.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.internal.connect.DailyFigures;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The X account's public counts read into the channels' figures, where analytics shows the followers of the day
 * beside Meta's; a reading again the same day overwrites, and a refusal stores nothing.
 */
class XFiguresIntegrationTests extends IntegrationTest {

	@Autowired
	DailyFigures figures;

	@Autowired
	XAccounts xAccounts;

	@Autowired
	Accounts accounts;

	@Test
	void theFollowersOfTheDayReachAnalyticsAndASecondReadingOverwrites() {
		long team = accounts.get(xAccounts.ofUser(XFakePlatform.USER_ID).orElseThrow().accountId()).teamId();
		String userId = XHooks.id();
		Account account = XTestAccounts.create(accounts, xAccounts, team, userId, "figures-" + TestText.unique());
		stubCounts(userId, 6800);
		assertThat(figures.pull(account.id())).isTrue();
		stubCounts(userId, 6812);
		assertThat(figures.pull(account.id())).isTrue();

		String today = DailyFigures.today().toString();
		JsonNode stored = api().asDemo("admin")
			.get("/api/v1/channels/accounts/" + account.id() + "/figures?from=" + today + "&to=" + today).json()
			.path("figures");
		assertThat(stored.findValuesAsString("metric")).containsExactlyInAnyOrder("followers", "posts_total", "listed");
		JsonNode day = api().asDemo("admin")
			.get("/api/v1/analytics/accounts/" + account.id() + "/daily?from=" + today + "&to=" + today).json()
			.path("items").path(0);
		assertThat(day.path("date").asString()).isEqualTo(today);
		assertThat(day.path("followers").asLong()).isEqualTo(6812);
	}

	@Test
	void aRefusedReadingStoresNothing() {
		long team = accounts.get(xAccounts.ofUser(XFakePlatform.USER_ID).orElseThrow().accountId()).teamId();
		String userId = XHooks.id();
		Account account = XTestAccounts.create(accounts, xAccounts, team, userId, "refused-" + TestText.unique());
		GRAPH.stubFor(get(urlPathEqualTo("/x/2/users/" + userId)).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json").withBody("{\"title\":\"Forbidden\"}")));

		assertThat(figures.pull(account.id())).isFalse();
		LocalDate today = DailyFigures.today();
		assertThat(api().asDemo("admin").get("/api/v1/channels/accounts/" + account.id() + "/figures?from=" + today
				+ "&to=" + today).json().path("figures").size()).isZero();
	}

	private static void stubCounts(String userId, long followers) {
		GRAPH.stubFor(get(urlPathEqualTo("/x/2/users/" + userId)).withQueryParam("user.fields", equalTo("public_metrics"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"data":{"id":"%s","username":"test","public_metrics":{"followers_count":%d,"following_count":10,
					 "tweet_count":3100,"listed_count":12}}}""".formatted(userId, followers))));
	}

}
