package no.samtale.publishing.internal.campaigns;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Posts of one team grouped around a theme or reform, from {@code startsOn} to {@code endsOn} (both included). */
public record Campaign(long id, long teamId, String title, String description, String goal, LocalDate startsOn,
		LocalDate endsOn, @Nullable Long themeId) {
}
