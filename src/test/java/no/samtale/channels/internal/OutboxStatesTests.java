package no.samtale.channels.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import no.samtale.channels.OutboxEntry.State;

/** How an outbox entry moves, without Spring or a database. */
class OutboxStatesTests {

	@Test
	void aSentOrFailedEntryIsNeverSentAgain() {
		assertThat(OutboxStates.aFinishedEntryIsNeverSentAgain(State.SENT)).isTrue();
		assertThat(OutboxStates.aFinishedEntryIsNeverSentAgain(State.FAILED)).isTrue();
		assertThat(OutboxStates.aFinishedEntryIsNeverSentAgain(State.CANCELLED)).isTrue();
		assertThat(OutboxStates.aFinishedEntryIsNeverSentAgain(State.PENDING)).isFalse();
		assertThat(OutboxStates.aFinishedEntryIsNeverSentAgain(State.IN_FLIGHT)).isFalse();
	}

	@Test
	void anAttemptLeftInFlightOrUnansweredHasAnUnknownOutcome() {
		assertThat(OutboxStates.theOutcomeIsUnknown(State.IN_FLIGHT, false)).isTrue();
		assertThat(OutboxStates.theOutcomeIsUnknown(State.PENDING, true)).isTrue();
		assertThat(OutboxStates.theOutcomeIsUnknown(State.PENDING, false)).isFalse();
	}

	@Test
	void anInterruptedAttemptIsLookedUpOnlyOnceItsCallIsCertainlyOver() {
		Instant started = Instant.parse("2026-11-24T12:00:00Z");

		assertThat(OutboxStates.anInterruptedAttemptIsLookedUpAfter(started))
			.isEqualTo(started.plus(OutboxStates.LONGEST_CALL));
	}

	@Test
	void aFailureIsFinalWhenPermanentOrWhenTheAttemptsAreSpent() {
		assertThat(OutboxStates.afterAFailure(true, 1)).isEqualTo(State.FAILED);
		assertThat(OutboxStates.afterAFailure(false, OutboxStates.MAX_ATTEMPTS)).isEqualTo(State.FAILED);
		assertThat(OutboxStates.afterAFailure(false, OutboxStates.MAX_ATTEMPTS - 1)).isEqualTo(State.PENDING);
	}

	@Test
	void onlyAFailedEntryCanBeRetriedByAPerson() {
		assertThat(OutboxStates.onlyAFailedEntryCanBeRetried(State.FAILED)).isTrue();
		assertThat(OutboxStates.onlyAFailedEntryCanBeRetried(State.IN_FLIGHT)).isFalse();
		assertThat(OutboxStates.onlyAFailedEntryCanBeRetried(State.SENT)).isFalse();
		assertThat(OutboxStates.onlyAFailedEntryCanBeRetried(State.CANCELLED)).isFalse();
	}

}
