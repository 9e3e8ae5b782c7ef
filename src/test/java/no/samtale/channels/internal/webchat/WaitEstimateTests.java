package no.samtale.channels.internal.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class WaitEstimateTests {

	@Test
	void tooFewChatsGiveNoEstimateRatherThanAGuess() {
		assertThat(WaitEstimate.median(List.of(Duration.ofMinutes(3), Duration.ofMinutes(4)))).isNull();
	}

	@Test
	void theEstimateIsTheMedianWaitInWholeMinutes() {
		List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(4),
				Duration.ofSeconds(250), Duration.ofMinutes(2));

		assertThat(WaitEstimate.median(waits)).isEqualTo(4);
	}

	@Test
	void aWaitUnderAMinuteIsShownAsOne() {
		assertThat(WaitEstimate.median(List.of(Duration.ofSeconds(5), Duration.ofSeconds(6), Duration.ofSeconds(7),
				Duration.ofSeconds(8), Duration.ofSeconds(9)))).isEqualTo(1);
	}

}
