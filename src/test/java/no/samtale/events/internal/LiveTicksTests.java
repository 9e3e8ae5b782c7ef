package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What waits for the next tick of the live stream: each question once per nettprat, in order, gone once sent. */
class LiveTicksTests {

	@Test
	void questionsWaitPerNettpratEachOnceInTheOrderTheyFirstChanged() {
		LiveTicks.Coalesced waiting = new LiveTicks.Coalesced();
		waiting.add(1, 11);
		waiting.add(2, 21);
		waiting.add(1, 12);
		waiting.add(1, 11);
		waiting.add(1, 13);

		assertThat(waiting.drain()).containsExactly(Map.entry(1L, List.of(11L, 12L, 13L)), Map.entry(2L, List.of(21L)));
	}

	@Test
	void aDrainedQuestionIsNotSentAgainUntilItChangesAgain() {
		LiveTicks.Coalesced waiting = new LiveTicks.Coalesced();
		waiting.add(1, 11);
		waiting.drain();

		assertThat(waiting.drain()).isEmpty();
		waiting.add(1, 11);
		assertThat(waiting.drain()).containsExactly(Map.entry(1L, List.of(11L)));
	}

}
