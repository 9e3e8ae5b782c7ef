package no.samtale.channels.internal.linkedin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.connect.Connection;
import no.samtale.channels.internal.connect.DailyFigures;
import no.samtale.channels.internal.connect.FigureSource;

/**
 * The organization page's figures through the Community Management API: its followers as of today
 * ({@code GET /networkSizes/{urn}?edgeType=COMPANY_FOLLOWED_BY_MEMBER}) and its posts' statistics per day for the
 * last {@value #DAYS} days ({@code GET /organizationalEntityShareStatistics} with day granularity: impressions, unique
 * impressions, clicks, reactions, comments, shares), read again each day because LinkedIn settles them late.
 */
@Component
class LinkedInFigures implements FigureSource {

	static final int DAYS = 3;

	private static final Map<String, String> SHARE_METRICS = Map.of("impressionCount", "impressions",
			"uniqueImpressionsCount", "unique_impressions", "clickCount", "clicks", "likeCount", "reactions",
			"commentCount", "comments_on_posts", "shareCount", "shares");

	private final LinkedInAccounts organizations;

	private final LinkedInApi api;

	LinkedInFigures(LinkedInAccounts organizations, LinkedInApi api) {
		this.organizations = organizations;
		this.api = api;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.LINKEDIN;
	}

	@Override
	public List<Reading> read(Connection connection) throws DeliveryFailure {
		long accountId = connection.accountId();
		String urn = connection.externalId();
		String token = organizations.token(accountId);
		JsonNode size = api.get(accountId, "/networkSizes/" + LinkedInApi.encode(urn),
				"edgeType=COMPANY_FOLLOWED_BY_MEMBER", token).json();
		List<Reading> readings = new ArrayList<>(FigureSource.readings(size, Map.of("firstDegreeSize", "followers"),
				DailyFigures.today()));
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		long start = today.minusDays(DAYS).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		long end = today.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
		JsonNode statistics = api.get(accountId, "/organizationalEntityShareStatistics",
				"q=organizationalEntity&organizationalEntity=" + LinkedInApi.encode(urn)
						+ "&timeIntervals=(timeRange:(start:" + start + ",end:" + end + "),timeGranularityType:DAY)",
				token).json();
		for (JsonNode element : statistics.path("elements")) {
			long dayStart = element.path("timeRange").path("start").asLong(0);
			if (dayStart <= 0) {
				continue;
			}
			LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(dayStart), ZoneOffset.UTC);
			readings.addAll(FigureSource.readings(element.path("totalShareStatistics"), SHARE_METRICS, day));
		}
		return readings;
	}

}
