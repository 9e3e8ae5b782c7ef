package no.samtale.kafka.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one event and answers when Kafka has it. After a failure it refuses at once for a few seconds instead of
 * waiting on the cluster again, so while Kafka is away the handover thread gets through its queue quickly (the
 * publications fail and are sent again later) instead of waiting on every event in turn. Kafka's answer is recorded
 * on a thread of its own ({@code completions}): neither the producer's network thread nor the handover thread, which
 * waits for that answer. A record refused as such (too large) does not pause the others: Kafka is there.
 */
final class KafkaSender implements AutoCloseable {

	static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(KafkaSender.class);

	private final Producer<String, String> producer;

	private final JsonMapper json;

	private final Executor completions;

	private final Clock clock;

	private final Counter sent;

	private final Counter failed;

	private volatile Instant pausedUntil = Instant.MIN;

	/**
	 * @param completions where a send's outcome is recorded, so the registry's database write never runs on the
	 *     producer's network thread
	 */
	KafkaSender(Producer<String, String> producer, JsonMapper json, Executor completions, Clock clock,
			MeterRegistry meters) {
		this.producer = producer;
		this.json = json;
		this.completions = completions;
		this.clock = clock;
		this.sent = Counter.builder("samtale.kafka.events").tag("outcome", "sent").register(meters);
		this.failed = Counter.builder("samtale.kafka.events").tag("outcome", "failed").register(meters);
	}

	CompletableFuture<RecordMetadata> send(Outgoing outgoing) {
		if (!mayTry()) {
			failed.increment();
			return CompletableFuture.failedFuture(new KafkaUnavailableException());
		}
		CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
		try {
			producer.send(record(outgoing), (metadata, failure) -> completions.execute(() -> {
				if (failure == null) {
					delivered(metadata, result);
				}
				else {
					refused(failure, result);
				}
			}));
		}
		catch (RuntimeException failure) {
			refused(failure, result);
		}
		return result;
	}

	/** Whether a send may be tried now: Kafka did not refuse one in the last few seconds. */
	boolean mayTry() {
		return !clock.instant().isBefore(pausedUntil);
	}

	/** Whether the last send that ended was taken by Kafka (true before the first). */
	boolean delivering() {
		return pausedUntil.equals(Instant.MIN);
	}

	private void delivered(RecordMetadata metadata, CompletableFuture<RecordMetadata> result) {
		sent.increment();
		if (!pausedUntil.equals(Instant.MIN)) {
			pausedUntil = Instant.MIN;
			log.info("Kafka takes events again");
		}
		result.complete(metadata);
	}

	private void refused(Throwable failure, CompletableFuture<RecordMetadata> result) {
		failed.increment();
		if (Refusals.ofTheRecord(failure)) {
			// Kafka is there and would take another record: no pause for the other keys' events.
			result.completeExceptionally(failure);
			return;
		}
		if (pausedUntil.equals(Instant.MIN)) {
			// Once per outage; the exception's class, never the event (its ids are harmless, but the rule is simple).
			log.warn("Kafka did not take an event ({}); events stay in the outbox and are sent again",
					failure.getClass().getSimpleName());
		}
		pausedUntil = clock.instant().plus(PAUSE_AFTER_FAILURE);
		result.completeExceptionally(failure);
	}

	private ProducerRecord<String, String> record(Outgoing outgoing) {
		Envelope envelope = outgoing.envelope();
		ProducerRecord<String, String> record = new ProducerRecord<>(outgoing.topic(), outgoing.key(),
				json.writeValueAsString(envelope));
		header(record, "samtale-event-id", envelope.id());
		header(record, "samtale-event-type", envelope.type());
		header(record, "samtale-event-version", Integer.toString(envelope.version()));
		header(record, "samtale-event-sequence", Long.toString(envelope.sequence()));
		return record;
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() {
		producer.close(Duration.ofSeconds(5));
	}

	/** Refused without trying: Kafka failed moments ago. */
	static final class KafkaUnavailableException extends RuntimeException {

		KafkaUnavailableException() {
			super("Kafka failed less than " + PAUSE_AFTER_FAILURE.toSeconds() + " s ago", null, false, false);
		}

	}

}
