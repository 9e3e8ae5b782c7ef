package no.samtale.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class OpeningHoursTests {

	private final OpeningHours weekdays = OpeningHours.weekdays("09:00", "15:00");

	@Test
	void openOnAWeekdayInsideTheHoursInNorwegianTime() {
		assertThat(weekdays.isOpen(oslo("2026-11-24T09:00"))).isTrue();
		assertThat(weekdays.isOpen(oslo("2026-11-24T14:59"))).isTrue();
		assertThat(weekdays.isOpen(oslo("2026-11-24T15:00"))).isFalse();
		assertThat(weekdays.isOpen(oslo("2026-11-24T08:59"))).isFalse();
	}

	@Test
	void closedAtTheWeekendAndOpensOnMonday() {
		Instant saturday = oslo("2026-11-28T12:00");

		assertThat(weekdays.isOpen(saturday)).isFalse();
		assertThat(weekdays.nextOpening(saturday)).isEqualTo(oslo("2026-11-30T09:00"));
	}

	@Test
	void afterClosingTheNextOpeningIsTomorrowMorning() {
		assertThat(weekdays.nextOpening(oslo("2026-11-24T16:00"))).isEqualTo(oslo("2026-11-25T09:00"));
		assertThat(weekdays.nextOpening(oslo("2026-11-24T10:00"))).isEqualTo(oslo("2026-11-24T10:00"));
	}

	private static Instant oslo(String local) {
		return LocalDateTime.parse(local).atZone(OpeningHours.ZONE).toInstant();
	}

}
