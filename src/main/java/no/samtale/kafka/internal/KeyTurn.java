package no.samtale.kafka.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule of the order per key, pure: an event of a key is sent only when every earlier event of the key is done
 * (acknowledged by Kafka, or parked), and by one sender at a time. So an event that Kafka refused and that is sent
 * again later still goes out before the key's later events, which wait for it, while other keys go on. The state is
 * the key's row ({@link KeyOrder}), read under its lock, so the rule holds across nodes.
 */
final class KeyTurn {

	/**
	 * How long a sender holds a key while its send is in flight: well above the longest a send can take
	 * ({@code max.block.ms} plus {@code delivery.timeout.ms}, 12 s), so a key is free again soon after a node died
	 * while sending, and never while a live send may still land.
	 */
	static final Duration HOLD_WHILE_SENDING = Duration.ofSeconds(30);

	enum Turn {

		/** This event is next and nobody sends it: send it now. */
		SEND,
		/** An earlier event of the key is not done, or this one is being sent elsewhere: try again later. */
		WAIT,
		/** Done already (a second delivery of an acknowledged or parked event): nothing to send. */
		DONE

	}

	/**
	 * @param doneThrough every event of the key up to this number is acknowledged or parked
	 * @param sendingUntil while a send of the key's next event is in flight (from this node or another), or null
	 */
	record KeyState(long doneThrough, Instant sendingUntil) {
	}

	private KeyTurn() {
	}

	static Turn of(long sequence, KeyState key, Instant now) {
		if (sequence <= key.doneThrough()) {
			return Turn.DONE;
		}
		if (sequence > key.doneThrough() + 1) {
			return Turn.WAIT;
		}
		boolean beingSent = key.sendingUntil() != null && now.isBefore(key.sendingUntil());
		return beingSent ? Turn.WAIT : Turn.SEND;
	}

}
