package no.samtale.channels.internal.linkedin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.AccountSettings;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.OpeningHours;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.connect.DailyFigures;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The organization page's followers and its posts' statistics per day, as the Community Management API gives them,
 * stored as the page's figures; analytics shows the followers and, as reach, the unique impressions of the day.
 */
class LinkedInFiguresIntegrationTests extends IntegrationTest {

	@Autowired
	DailyFigures figures;

	@Autowired
	Accounts accounts;

	@Autowired
	LinkedInAccounts organizations;

	@Test
	void followersAndTheDaysImpressionsReachAnalytics() {
		long team = accounts.get(organizations.ofUrn(LinkedInFakePlatform.ORGANIZATION).orElseThrow().accountId())
			.teamId();
		long id = accounts.create(new AccountSettings(Platform.LINKEDIN, "LinkedIn " + TestText.unique(), "test", team,
				ConnectorKind.LINKEDIN, OpeningHours.weekdays("08:00", "16:00"), 60, true));
		long number = System.nanoTime();
		String urn = "urn:li:organization:" + number;
		organizations.connect(id, urn, "li-figures");
		LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		long start = yesterday.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		GRAPH.stubFor(get(urlPathMatching("/linkedin/rest/networkSizes/urn(%3A|:)li(%3A|:)organization(%3A|:)" + number))
			.willReturn(json("{\"firstDegreeSize\":27000}")));
		GRAPH.stubFor(get(urlPathEqualTo("/linkedin/rest/organizationalEntityShareStatistics"))
			.withQueryParam("organizationalEntity", containing(urn)).willReturn(json("""
					{"elements":[{"timeRange":{"start":%d,"end":%d},"totalShareStatistics":{"impressionCount":5200,
					 "uniqueImpressionsCount":3100,"clickCount":120,"likeCount":80,"commentCount":9,"shareCount":4}}]}"""
				.formatted(start, start + 86_400_000L))));

		assertThat(figures.pull(id)).isTrue();

		JsonNode days = api().asDemo("admin").get("/api/v1/analytics/accounts/" + id + "/daily?from=" + yesterday
				+ "&to=" + DailyFigures.today()).json().path("items");
		JsonNode first = days.path(0);
		JsonNode last = days.path(days.size() - 1);
		assertThat(first.path("date").asString()).isEqualTo(yesterday.toString());
		assertThat(first.path("reach").asLong()).isEqualTo(3100);
		assertThat(last.path("followers").asLong()).isEqualTo(27000);
		JsonNode stored = api().asDemo("admin").get("/api/v1/channels/accounts/" + id + "/figures?from=" + yesterday
				+ "&to=" + yesterday).json().path("figures");
		assertThat(stored.findValuesAsString("metric")).contains("impressions", "unique_impressions", "clicks",
				"reactions", "comments_on_posts", "shares");
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
