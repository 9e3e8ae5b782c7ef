package no.samtale.kafka.internal;

import java.time.Instant;

/**
 * One event as it is written to Kafka (the message value, JSON). {@code id} is the idempotency key: the same fact
 * always gets the same id, so a consumer that sees an id twice (Kafka delivers at least once) ignores the second.
 * {@code version} is the version of {@code data}'s schema for this {@code type}: fields may be added within a
 * version, never removed or changed in meaning.
 */
record Envelope(String id, String type, int version, Instant occurredAt, Object data) {
}
