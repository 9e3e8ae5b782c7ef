package no.samtale.kafka.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import no.samtale.forum.AnswerVerified;
import no.samtale.forum.EscalationAnswered;
import no.samtale.forum.EscalationRaised;
import no.samtale.inbox.MessageReceived;
import no.samtale.inbox.ReplyDelivered;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.publishing.PostPublished;

/**
 * Numbers each key's events 1, 2, 3, … in the order they were committed. The number is given in the transaction that
 * publishes the event (a listener that runs in it, beside the outbox's publication), under the lock of the key's row,
 * which is held until that transaction ends: of two changes to one conversation committed moments apart on two
 * threads or nodes, the second waits for the first to commit and gets the next number. The wait is on the database
 * only, never on Kafka, and only between changes of the same key (which already wait on the conversation's own row).
 * An event published outside a transaction, or stored before numbers existed, gets its number when it is sent.
 */
class KeySequences {

	/** An event's place among its key's events. */
	record Sequenced(String eventId, String topic, String eventKey, long sequence) {
	}

	private final ExternalEvents events;

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final TransactionOperations alone;

	private final Clock clock;

	/** @param alone a transaction of its own, for an event numbered when it is sent */
	KeySequences(ExternalEvents events, JdbcClient jdbc, DuplicateSafeInsert inserts, TransactionOperations alone,
			Clock clock) {
		this.events = events;
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.alone = alone;
		this.clock = clock;
	}

	@EventListener({ MessageReceived.class, ReplyDelivered.class, PostPublished.class, AnswerVerified.class,
			EscalationRaised.class, EscalationAnswered.class })
	void on(Object event) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			events.outgoing(event).ifPresent(this::assign);
		}
	}

	/** The event's number, given now if it has none. */
	Sequenced of(Outgoing outgoing) {
		return find(outgoing).orElseGet(() -> alone.execute(status -> assign(outgoing)));
	}

	/** Gives the event its number in the caller's transaction, or answers the one it has (the same fact again). */
	Sequenced assign(Outgoing outgoing) {
		int created = inserts.insert("""
				insert into kafka_key_order (topic, event_key, last_sequence, done_through)
				values (:topic, :key, 1, 0)
				""", "topic, event_key", sql -> key(jdbc.sql(sql), outgoing).update());
		if (created == 1) {
			return store(outgoing, 1);
		}
		long last = key(jdbc.sql("""
				select last_sequence from kafka_key_order where topic = :topic and event_key = :key for update
				"""), outgoing).query(Long.class).single();
		Optional<Sequenced> known = find(outgoing);
		if (known.isPresent()) {
			return known.get();
		}
		key(jdbc.sql("update kafka_key_order set last_sequence = :next where topic = :topic and event_key = :key"),
				outgoing).param("next", last + 1).update();
		return store(outgoing, last + 1);
	}

	Optional<Sequenced> find(Outgoing outgoing) {
		return key(jdbc.sql("""
				select event_id, topic, event_key, sequence_number as sequence from kafka_event_sequence
				where topic = :topic and event_id = :id
				"""), outgoing).param("id", outgoing.envelope().id()).query(Sequenced.class).optional();
	}

	private Sequenced store(Outgoing outgoing, long sequence) {
		key(jdbc.sql("""
				insert into kafka_event_sequence (event_id, topic, event_key, sequence_number, event_type, created_at)
				values (:id, :topic, :key, :sequence, :type, :now)
				"""), outgoing).param("id", outgoing.envelope().id())
			.param("sequence", sequence)
			.param("type", outgoing.envelope().type())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return new Sequenced(outgoing.envelope().id(), outgoing.topic(), outgoing.key(), sequence);
	}

	private static JdbcClient.StatementSpec key(JdbcClient.StatementSpec statement, Outgoing outgoing) {
		return statement.param("topic", outgoing.topic()).param("key", outgoing.key());
	}

}
