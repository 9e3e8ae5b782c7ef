package no.samtale.publishing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A recurring theme of a team's year (the yearly change of G in May, kindergarten start in August). {@code year}
 * null: it comes back every year; otherwise it belongs to that year only (a copy forward makes such copies).
 */
public record Theme(long id, long teamId, @Nullable Integer year, String title, String description,
		List<String> keyMessages, List<String> links, List<Long> accountIds, ThemePeriod period) {
}
