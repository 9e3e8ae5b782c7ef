package no.samtale.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import no.samtale.kafka.internal.KeyTurn.KeyState;
import no.samtale.kafka.internal.KeyTurn.Turn;

/** The order per key as a rule: which event of a key may be sent, given how far the key is done. */
class KeyTurnTests {

	private static final Instant NOW = Instant.parse("2026-12-13T20:00:00Z");

	private static KeyState doneThrough(long sequence) {
		return new KeyState(sequence, null);
	}

	@Test
	void theNextEventOfAKeyIsSentWhenEveryEarlierOneIsDone() {
		assertThat(KeyTurn.of(1, doneThrough(0), NOW)).isEqualTo(Turn.SEND);
		assertThat(KeyTurn.of(4, doneThrough(3), NOW)).isEqualTo(Turn.SEND);
	}

	@Test
	void aLaterEventWaitsWhileAnEarlierOneOfItsKeyIsNotDone() {
		assertThat(KeyTurn.of(2, doneThrough(0), NOW)).isEqualTo(Turn.WAIT);
		assertThat(KeyTurn.of(9, doneThrough(7), NOW)).isEqualTo(Turn.WAIT);
	}

	@Test
	void anEventDoneAlreadyIsNotSentAgain() {
		assertThat(KeyTurn.of(3, doneThrough(3), NOW)).isEqualTo(Turn.DONE);
		assertThat(KeyTurn.of(1, doneThrough(3), NOW)).isEqualTo(Turn.DONE);
	}

	@Test
	void anEventBeingSentElsewhereWaitsUntilThatSendEndsOrItsHoldLapses() {
		KeyState beingSent = new KeyState(2, NOW.plusSeconds(1));

		assertThat(KeyTurn.of(3, beingSent, NOW)).isEqualTo(Turn.WAIT);
		assertThat(KeyTurn.of(3, beingSent, NOW.plusSeconds(1))).as("the sender died: its hold lapsed")
			.isEqualTo(Turn.SEND);
		assertThat(KeyTurn.of(4, beingSent, NOW.plusSeconds(5))).as("still after the one before it")
			.isEqualTo(Turn.WAIT);
	}

}
