package no.samtale.kafka.internal;

import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.samtale.kafka.internal.KeySequences.Sequenced;

/**
 * Sends an event when it is its key's turn ({@link KeyTurn}), with its number. An event whose key waits for an
 * earlier one is not sent: its publication fails and stays in the outbox, and the catch-up offers it again, oldest
 * first, after the earlier one. Kafka's answer is recorded before the send counts as done, so the key's next event
 * finds it. A record Kafka refuses as such is parked after {@code parkAfter} refusals, and its key moves on.
 */
final class InOrder {

	private static final Logger log = LoggerFactory.getLogger(InOrder.class);

	private final KeySequences sequences;

	private final KeyOrder order;

	private final KafkaSender sender;

	private final int parkAfter;

	private final Counter waited;

	private final Counter parked;

	InOrder(KeySequences sequences, KeyOrder order, KafkaSender sender, int parkAfter, MeterRegistry meters) {
		this.sequences = sequences;
		this.order = order;
		this.sender = sender;
		this.parkAfter = parkAfter;
		this.waited = Counter.builder("samtale.kafka.events").tag("outcome", "waited").register(meters);
		this.parked = Counter.builder("samtale.kafka.events").tag("outcome", "parked").register(meters);
		Gauge.builder("samtale.kafka.events.parked", order, InOrder::countParked)
			.description("Events for Kafka given up because Kafka refused the record itself")
			.register(meters);
	}

	/** Completes when Kafka has the event (or had it, or it is parked); fails when it must be sent again later. */
	CompletableFuture<Object> send(Outgoing outgoing) {
		Sequenced event = sequences.of(outgoing);
		switch (order.claim(event)) {
			case DONE:
				return CompletableFuture.completedFuture(null);
			case WAIT:
				waited.increment();
				return CompletableFuture.failedFuture(new WaitingForEarlierEvent());
			default:
				break;
		}
		CompletableFuture<RecordMetadata> sent;
		try {
			sent = sender.send(outgoing.withSequence(event.sequence()));
		}
		catch (RuntimeException failure) {
			order.release(event);
			throw failure;
		}
		CompletableFuture<Object> result = new CompletableFuture<>();
		sent.whenComplete((metadata, failure) -> {
			try {
				if (failure == null) {
					order.done(event);
					result.complete(metadata);
				}
				else if (parks(event, failure)) {
					result.complete(null);
				}
				else {
					order.release(event);
					result.completeExceptionally(failure);
				}
			}
			catch (RuntimeException unrecorded) {
				// The database did not take the answer: the publication stays, the hold on the key lapses, and the
				// event is sent again (the same id and number: a duplicate the consumer ignores).
				result.completeExceptionally(unrecorded);
			}
		});
		return result;
	}

	private boolean parks(Sequenced event, Throwable failure) {
		if (!Refusals.ofTheRecord(failure)) {
			return false;
		}
		int refusals = order.refused(event, kind(failure));
		if (!Refusals.parks(failure, refusals, parkAfter)) {
			return false;
		}
		order.park(event);
		parked.increment();
		// Ids only (no person's): what an administrator needs to find the event and the fact behind it.
		log.warn("Kafka refused event {} (number {} of key {} on {}) {} times ({}); it is parked and its key goes on",
				event.eventId(), event.sequence(), event.eventKey(), event.topic(), refusals, kind(failure));
		return true;
	}

	private static String kind(Throwable failure) {
		return Refusals.cause(failure).getClass().getSimpleName();
	}

	private static double countParked(KeyOrder order) {
		try {
			return order.countParked();
		}
		catch (RuntimeException unavailable) {
			return Double.NaN;
		}
	}

	/** An earlier event of the key is not done yet; this one is offered again after it. */
	static final class WaitingForEarlierEvent extends RuntimeException {

		WaitingForEarlierEvent() {
			super("An earlier event of the key is not acknowledged yet", null, false, false);
		}

	}

}
