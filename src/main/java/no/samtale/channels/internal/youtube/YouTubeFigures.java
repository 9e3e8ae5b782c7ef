package no.samtale.channels.internal.youtube;

import java.util.HashMap;
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
 * The channel's statistics ({@code channels.list?part=statistics}, 1 unit): subscribers (as followers, unless the
 * channel hides the count), views and videos in all, as of today. YouTube gives daily views only through the
 * separate Analytics API and its own scope, which Samtale does not ask for.
 */
@Component
class YouTubeFigures implements FigureSource {

	private static final Map<String, String> METRICS = Map.of("subscriberCount", "followers", "viewCount",
			"views_total", "videoCount", "videos_total");

	private final YouTubeApi api;

	YouTubeFigures(YouTubeApi api) {
		this.api = api;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.YOUTUBE;
	}

	@Override
	public List<Reading> read(Connection connection) throws DeliveryFailure {
		JsonNode statistics = api.get(connection.accountId(), "/channels",
				Map.of("part", "statistics", "id", connection.externalId()))
			.path("items").path(0).path("statistics");
		Map<String, String> metrics = new HashMap<>(METRICS);
		if (statistics.path("hiddenSubscriberCount").asBoolean(false)) {
			metrics.remove("subscriberCount");
		}
		// YouTube sends the counts as strings of digits, which the reading takes too.
		return FigureSource.readings(statistics, metrics, DailyFigures.today());
	}

}
