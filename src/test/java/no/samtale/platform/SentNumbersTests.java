package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentNumbersTests {

	@Test
	void aRowThatCommitsAfterOneWithAHigherIdIsStillSentOnce() {
		SentNumbers sent = new SentNumbers(0);
		assertThat(sent.add(11)).isTrue();
		assertThat(sent.add(10)).as("committed after 11, sent before it was seen").isTrue();
		assertThat(sent.add(10)).as("the catch-up's copy").isFalse();
		assertThat(sent.add(11)).isFalse();
	}

	@Test
	void whatThePageLoadedIsNotSentAgain() {
		SentNumbers sent = new SentNumbers(50);
		assertThat(sent.add(50)).isFalse();
		assertThat(sent.add(49)).isFalse();
		assertThat(sent.add(51)).isTrue();
	}

	@Test
	void aRowFarOlderThanWhatTheRingRemembersCountsAsSent() {
		SentNumbers sent = new SentNumbers(0);
		for (long id = 1000; id < 1000 + SentNumbers.REMEMBERED; id++) {
			assertThat(sent.add(id)).isTrue();
		}
		assertThat(sent.add(999)).as("still above the floor: one late row").isTrue();
		assertThat(sent.add(1000)).as("forgotten from the ring, now under the floor").isFalse();
		assertThat(sent.add(1000 + SentNumbers.REMEMBERED)).isTrue();
	}

}
