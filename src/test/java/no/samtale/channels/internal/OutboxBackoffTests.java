package no.samtale.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxBackoffTests {

	@Test
	void theWaitDoublesFromFiveSecondsAndStopsGrowingAtHalfAnHour() {
		assertThat(OutboxWorker.backoff(1, null)).isEqualTo(Duration.ofSeconds(5));
		assertThat(OutboxWorker.backoff(2, null)).isEqualTo(Duration.ofSeconds(10));
		assertThat(OutboxWorker.backoff(4, null)).isEqualTo(Duration.ofSeconds(40));
		assertThat(OutboxWorker.backoff(30, null)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void aPlatformThatAsksForMoreTimeGetsIt() {
		assertThat(OutboxWorker.backoff(1, Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));
		assertThat(OutboxWorker.backoff(3, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(20));
	}

}
