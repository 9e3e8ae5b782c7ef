package no.samtale.teams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.samtale.teams.TeamOpeningHours.Hours;

class DutyRulesTests {

	private static final Hours DAYTIME = new Hours(LocalTime.of(8, 0), LocalTime.of(21, 0));

	@Test
	void aShiftNeedsTwoDifferentPeople() {
		assertThat(DutyRules.aShiftNeedsTwo(List.of(1L, 2L))).isTrue();
		assertThat(DutyRules.aShiftNeedsTwo(List.of(1L, 2L, 3L))).isTrue();
		assertThat(DutyRules.aShiftNeedsTwo(List.of(1L))).isFalse();
		assertThat(DutyRules.aShiftNeedsTwo(List.of(1L, 1L))).isFalse();
		assertThat(DutyRules.aShiftNeedsTwo(List.of())).isFalse();
	}

	@Test
	void aShiftHasSomeoneOnItAndEndsAfterItStarts() {
		assertThat(DutyRules.aShiftHasSomeoneAndEndsAfterItStarts(List.of(), at(8), at(12)).get().field())
			.isEqualTo("userIds");
		assertThat(DutyRules.aShiftHasSomeoneAndEndsAfterItStarts(List.of(1L), at(12), at(12)).get().field())
			.isEqualTo("ends");
		assertThat(DutyRules.aShiftHasSomeoneAndEndsAfterItStarts(List.of(1L), at(12), at(8))).isPresent();
		assertThat(DutyRules.aShiftHasSomeoneAndEndsAfterItStarts(List.of(1L), at(8), at(12))).isEmpty();
	}

	@Test
	void aShiftLiesWithinTheOpeningHoursOfTheTeamsAccounts() {
		Optional<Hours> open = Optional.of(DAYTIME);
		assertThat(DutyRules.aShiftLiesWithinOpeningHours(at(8), at(21), open, true)).isEmpty();
		assertThat(DutyRules.aShiftLiesWithinOpeningHours(at(7), at(12), open, true).get().field()).isEqualTo("starts");
		assertThat(DutyRules.aShiftLiesWithinOpeningHours(at(14), at(22), open, true).get().field()).isEqualTo("ends");
		assertThat(DutyRules.aShiftLiesWithinOpeningHours(at(8), at(12), Optional.empty(), true).get().field())
			.isEqualTo("date");
		assertThat(DutyRules.aShiftLiesWithinOpeningHours(at(2), at(4), Optional.empty(), false)).as("no accounts yet")
			.isEmpty();
		Optional<Hours> allDay = Optional.of(new Hours(LocalTime.MIDNIGHT, LocalTime.of(23, 59)));
		assertThat(DutyRules.aShiftLiesWithinOpeningHours(at(16), LocalTime.of(23, 59, 59), allDay, true)).isEmpty();
	}

	@Test
	void nobodyIsOnTwoShiftsAtOnce() {
		Instant eight = Instant.parse("2026-12-07T07:00:00Z");
		Instant noon = Instant.parse("2026-12-07T11:00:00Z");
		Instant four = Instant.parse("2026-12-07T15:00:00Z");
		List<DutyRules.Booked> booked = List.of(new DutyRules.Booked(7, eight, noon));

		assertThat(DutyRules.nobodyIsOnTwoShiftsAtOnce(noon, four, booked)).as("back to back").isEmpty();
		assertThat(DutyRules.nobodyIsOnTwoShiftsAtOnce(eight.plusSeconds(3600), four, booked)).contains(7L);
		assertThat(DutyRules.nobodyIsOnTwoShiftsAtOnce(eight.minusSeconds(3600), four, booked)).as("around it")
			.contains(7L);
	}

	private static LocalTime at(int hour) {
		return LocalTime.of(hour, 0);
	}

}
