package no.samtale.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import no.samtale.platform.InvalidInputException;

class ScheduledPostsWindowTests {

	private final Instant now = Instant.parse("2026-11-24T12:00:00Z");

	@Test
	void aPostMayBeScheduledFromTenMinutesToThirtyDaysAhead() {
		assertThatNoException().isThrownBy(() -> ScheduledPosts.checkWindow(now.plus(Duration.ofMinutes(10)), now));
		assertThatNoException().isThrownBy(() -> ScheduledPosts.checkWindow(now.plus(Duration.ofDays(30)), now));
	}

	@Test
	void aTimeOutsideTheWindowIsRefusedNamingPublishAt() {
		for (Instant outside : new Instant[] { now.plus(Duration.ofMinutes(9)), now.minusSeconds(1),
				now.plus(Duration.ofDays(30)).plusSeconds(1), null }) {
			assertThatThrownBy(() -> ScheduledPosts.checkWindow(outside, now)).isInstanceOf(InvalidInputException.class)
				.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("publishAt"));
		}
	}

}
