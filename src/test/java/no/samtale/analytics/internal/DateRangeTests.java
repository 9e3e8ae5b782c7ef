package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

}
