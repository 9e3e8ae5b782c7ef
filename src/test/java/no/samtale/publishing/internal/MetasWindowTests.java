package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Which posts Meta schedules itself: 10 minutes to 30 days ahead; the rest Samtale publishes at the minute. */
class MetasWindowTests {

	private final Instant now = Instant.parse("2026-11-24T12:00:00Z");

	@Test
	void tenMinutesToThirtyDaysAheadIsInsideBothEnds() {
		assertThat(Publication.insideMetasWindow(now.plus(Duration.ofMinutes(10)), now)).isTrue();
		assertThat(Publication.insideMetasWindow(now.plus(Duration.ofDays(30)), now)).isTrue();
	}

	@Test
	void soonerOrLaterIsPublishedBySamtaleAtTheMinute() {
		assertThat(Publication.insideMetasWindow(now.plus(Duration.ofMinutes(9)), now)).isFalse();
		assertThat(Publication.insideMetasWindow(now.minusSeconds(1), now)).isFalse();
		assertThat(Publication.insideMetasWindow(now.plus(Duration.ofDays(30)).plusSeconds(1), now)).isFalse();
	}

}
