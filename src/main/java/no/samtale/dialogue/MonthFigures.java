package no.samtale.dialogue;

import java.util.Map;
import java.util.Set;

/**
 * Activity in one space in one month.
 *
 * @param postsByAuthor public messages per author, opening posts included
 * @param readers everyone who viewed a discussion of the space in the month
 */
public record MonthFigures(long discussions, long messages, long views, Set<Long> readers,
		Map<Long, Integer> postsByAuthor) {
}
