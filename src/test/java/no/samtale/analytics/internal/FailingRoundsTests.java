package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The follower narrows a failing round to one message and skips that one only after it failed alone five times. */
class FailingRoundsTests {

	@Test
	void aFailedRoundNarrowsToOneMessageAndSuccessesDoubleItBack() {
		FailingRounds rounds = new FailingRounds(1000);
		assertThat(rounds.size()).isEqualTo(1000);

		assertThat(rounds.failed()).as("a full round failing is not yet a reason to skip").isFalse();
		assertThat(rounds.size()).isOne();

		rounds.succeeded();
		assertThat(rounds.size()).isEqualTo(2);
		for (int i = 0; i < 20; i++) {
			rounds.succeeded();
		}
		assertThat(rounds.size()).isEqualTo(1000);
	}

	@Test
	void oneMessageIsSkippedOnlyAfterFailingAloneFiveTimesInARow() {
		FailingRounds rounds = new FailingRounds(1000);
		rounds.failed();
		for (int i = 1; i < FailingRounds.ATTEMPTS_ALONE; i++) {
			assertThat(rounds.failed()).as("failure %d alone", i).isFalse();
		}
		assertThat(rounds.failed()).isTrue();
	}

	@Test
	void aSuccessBetweenFailuresStartsTheCountAgain() {
		FailingRounds rounds = new FailingRounds(1000);
		rounds.failed();
		rounds.failed();
		rounds.failed();
		rounds.succeeded();
		assertThat(rounds.size()).isEqualTo(2);
		assertThat(rounds.failed()).as("a round of two failing narrows again").isFalse();
		for (int i = 1; i < FailingRounds.ATTEMPTS_ALONE; i++) {
			assertThat(rounds.failed()).isFalse();
		}
		assertThat(rounds.failed()).isTrue();
	}

}
