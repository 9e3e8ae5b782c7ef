package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.samtale.platform.InvalidInputException;

class DateRangeTests {

	@Test
	void aRangeOfExactlyFiveYearsIsAllowedAndADayMoreIsNot() {
		assertThat(DateRange.parse("2021-01-01", "2026-01-01").to()).hasYear(2026);
		assertThatThrownBy(() -> DateRange.parse("2021-01-01", "2026-01-02")).isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("from");
	}

	@Test
	void percentilesAreMeasuredValuesByNearestRank() {
		List<Long> values = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
		assertThat(Percentiles.nearestRank(values, 50)).isEqualTo(5L);
		assertThat(Percentiles.nearestRank(values, 90)).isEqualTo(9L);
		assertThat(Percentiles.nearestRank(List.of(42L), 90)).isEqualTo(42L);
		assertThat(Percentiles.nearestRank(List.of(), 50)).isNull();
	}

}
