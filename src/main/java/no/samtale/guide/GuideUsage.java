package no.samtale.guide;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How the channel guide was used, per Norwegian day, topic, need and channel, for figures of the channel mix. The
 * counts are anonymous aggregates: no cookie, address or person is ever stored with them.
 */
public interface GuideUsage {

	/**
	 * One day's count for a topic, need and channel.
	 *
	 * @param need the need chosen, or null when none was
	 * @param routed how often this channel was the best route the guide gave
	 * @param chosen how often a citizen followed this channel's link from the guide
	 */
	record Count(LocalDate day, String topic, @Nullable String need, GuideChannel channel, long routed, long chosen) {
	}

	/** The counts of the days from {@code from} to {@code to}, both included, oldest first. */
	List<Count> between(LocalDate from, LocalDate to);

}
