package no.samtale.channels.internal.connect;

import java.time.LocalDate;
import java.util.List;

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

}
