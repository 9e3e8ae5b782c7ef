package no.samtale.channels.internal.youtube;

import java.time.LocalDate;
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
		LocalDate today = DailyFigures.today();
		boolean hidden = statistics.path("hiddenSubscriberCount").asBoolean(false);
		List<Reading> readings = new ArrayList<>();
		METRICS.forEach((field, metric) -> {
			// YouTube sends the counts as strings of digits.
			String value = statistics.path(field).asString("");
			if (value.matches("[0-9]{1,18}") && !(hidden && field.equals("subscriberCount"))) {
				readings.add(new Reading(today, metric, Long.parseLong(value)));
			}
		});
		return readings;
	}

}
