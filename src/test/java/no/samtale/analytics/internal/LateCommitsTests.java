package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class LateCommitsTests {

	private static final long SECOND = 1_000_000_000L;

	private final LateCommits late = new LateCommits(Duration.ofSeconds(20));

	private List<Long> settled(long cursor, List<Long> ids, long atSeconds) {
		return late.settled(cursor, ids, Long::longValue, atSeconds * SECOND);
	}

	@Test
	void rowsWithoutAHoleAreAllSettled() {
		assertThat(settled(10, List.of(11L, 12L, 13L), 0)).containsExactly(11L, 12L, 13L);
		assertThat(settled(13, List.of(), 0)).isEmpty();
	}

	@Test
	void aYoungHoleStopsTheCursorAndTheRowsAfterItWaitUntilItFillsOrTheGracePasses() {
		assertThat(settled(10, List.of(11L, 13L, 14L), 0)).containsExactly(11L);
		assertThat(settled(11, List.of(13L, 14L), 19)).as("12 may still commit").isEmpty();
		assertThat(settled(11, List.of(12L, 13L, 14L), 19)).as("12 committed late").containsExactly(12L, 13L, 14L);

		assertThat(settled(20, List.of(22L), 100)).isEmpty();
		assertThat(settled(20, List.of(22L), 120)).as("21 never came").containsExactly(22L);
	}

	@Test
	void holesSeenInTheSameReadAgeTogether() {
		assertThat(settled(0, List.of(2L, 4L, 6L), 0)).isEmpty();
		assertThat(settled(0, List.of(2L, 4L, 6L), 20)).containsExactly(2L, 4L, 6L);
	}

	@Test
	void aHoleThatPartlyFillsKeepsItsAge() {
		assertThat(settled(0, List.of(5L), 0)).isEmpty();
		assertThat(settled(0, List.of(1L, 5L), 10)).as("2..4 still open").containsExactly(1L);
		assertThat(settled(1, List.of(5L), 20)).as("2..4 was seen at 0").containsExactly(5L);
	}

}
