package no.samtale.channels;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** When an account is staffed, in Norwegian time. Outside these hours the web chat says so instead of waiting. */
public record OpeningHours(Set<DayOfWeek> days, @JsonFormat(pattern = "HH:mm") LocalTime opens,
		@JsonFormat(pattern = "HH:mm") LocalTime closes) {

	public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

	/** Shown with the hours, so that a client abroad reads them right. */
	@JsonProperty("zone")
	public String zoneId() {
		return ZONE.getId();
	}

	public static OpeningHours weekdays(String opens, String closes) {
		return new OpeningHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.parse(opens),
				LocalTime.parse(closes));
	}

	public boolean isOpen(Instant when) {
		ZonedDateTime local = when.atZone(ZONE);
		LocalTime time = local.toLocalTime();
		return days.contains(local.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
	}

	/** The next moment the account opens, or {@code when} itself while it is open; null if it never opens. */
	public Instant nextOpening(Instant when) {
		if (isOpen(when)) {
			return when;
		}
		ZonedDateTime local = when.atZone(ZONE);
		for (int day = 0; day <= 7; day++) {
			ZonedDateTime candidate = local.toLocalDate().plusDays(day).atTime(opens).atZone(ZONE);
			if (days.contains(candidate.getDayOfWeek()) && candidate.isAfter(local)) {
				return candidate.toInstant();
			}
		}
		return null;
	}

}
