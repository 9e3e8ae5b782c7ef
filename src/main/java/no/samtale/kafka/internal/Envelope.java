package no.samtale.kafka.internal;

import java.time.Instant;

/**
 * One event as it is written to Kafka (the message value, JSON). {@code id} is the idempotency key: the same fact
 * always gets the same id, so a consumer that sees an id twice (Kafka delivers at least once) ignores the second.
 * {@code version} is the version of {@code data}'s schema for this {@code type}: fields may be added within a
 * version, never removed or changed in meaning. {@code sequence} numbers the events of one key 1, 2, 3, … in the
 * order they were committed; it is given when the event is stored ({@link KeySequences}) and set here just before the
 * send (0 until then), so a consumer can order a key's events and see a gap.
 */
record Envelope(String id, String type, int version, long sequence, Instant occurredAt, Object data) {

	Envelope withSequence(long number) {
		return new Envelope(id, type, version, number, occurredAt, data);
	}

}
