package no.samtale.channels.internal.connect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;

/**
 * A connector that can read its account's own figures from the platform (followers, impressions, views, as each
 * platform gives them). {@link DailyFigures} asks once a day and stores them beside Meta's, where analytics reads
 * followers and reach per day. Metric names are the platform's figures in Samtale's words ({@code followers},
 * {@code impressions}); {@code followers} and {@code unique_impressions} are what analytics shows as followers and
 * reach.
 */
public interface FigureSource {

	ConnectorKind kind();

	/** The figures the platform gives now, each for the day it counts (today for a count, yesterday for a day's sum). */
	List<Reading> read(Connection connection) throws DeliveryFailure;

	/** One figure for one day. */
	record Reading(LocalDate date, String metric, long value) {
	}

	/**
	 * The figures of one JSON object the platform answered, for {@code day}: each field named in {@code metrics}
	 * (the platform's name to Samtale's) that holds a whole number, as a number or as a string of digits (YouTube);
	 * a field missing or not a count is left out.
	 */
	static List<Reading> readings(JsonNode counts, Map<String, String> metrics, LocalDate day) {
		List<Reading> readings = new ArrayList<>();
		metrics.forEach((field, metric) -> {
			JsonNode value = counts.path(field);
			if (value.isIntegralNumber() && value.canConvertToLong()) {
				readings.add(new Reading(day, metric, value.asLong()));
			}
			else if (value.isString() && value.asString().matches("[0-9]{1,18}")) {
				readings.add(new Reading(day, metric, Long.parseLong(value.asString())));
			}
		});
		return readings;
	}

}
