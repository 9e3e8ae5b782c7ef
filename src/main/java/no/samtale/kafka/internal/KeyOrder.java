package no.samtale.kafka.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

import no.samtale.kafka.internal.KeySequences.Sequenced;
import no.samtale.kafka.internal.KeyTurn.KeyState;
import no.samtale.kafka.internal.KeyTurn.Turn;

/**
 * The keys' order in the database, where every node sees it: whose turn it is ({@link KeyTurn}, decided under the
 * lock of the key's row in a short transaction of its own, never held while Kafka answers), how far a key is done,
 * and the events given up (parked).
 */
class KeyOrder {

	/** A parked event, as an administrator sees it: ids and the refusal's kind only. */
	record Parked(String eventId, String eventType, String topic, String eventKey, long sequence, int refusals,
			String lastRefusal, Instant parkedAt) {
	}

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final Clock clock;

	KeyOrder(JdbcClient jdbc, TransactionOperations transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Takes the key's turn for the event when it is the event's ({@link Turn#SEND}), or says why not. */
	Turn claim(Sequenced event) {
		return transactions.execute(status -> {
			Instant now = clock.instant();
			KeyState key = key(jdbc.sql("""
					select done_through, sending_until from kafka_key_order
					where topic = :topic and event_key = :key for update
					"""), event).query((rs, row) -> new KeyState(rs.getLong(1), instant(rs.getTimestamp(2)))).single();
			Turn turn = KeyTurn.of(event.sequence(), key, now);
			if (turn == Turn.SEND) {
				key(jdbc.sql("""
						update kafka_key_order set sending_sequence = :sequence, sending_until = :until
						where topic = :topic and event_key = :key
						"""), event).param("sequence", event.sequence())
					.param("until", Timestamp.from(now.plus(KeyTurn.HOLD_WHILE_SENDING)))
					.update();
			}
			return turn;
		});
	}

	/** Kafka has the event: the key's next event may go. */
	void done(Sequenced event) {
		// Only from the event before: had the hold lapsed and another node sent it meanwhile, that node moved on.
		key(jdbc.sql("""
				update kafka_key_order set done_through = :sequence, sending_sequence = null, sending_until = null
				where topic = :topic and event_key = :key and done_through = :sequence - 1
				"""), event).param("sequence", event.sequence()).update();
	}

	/** The send failed: the key is free for the next try of the same event (later events still wait for it). */
	void release(Sequenced event) {
		key(jdbc.sql("""
				update kafka_key_order set sending_sequence = null, sending_until = null
				where topic = :topic and event_key = :key and sending_sequence = :sequence
				"""), event).param("sequence", event.sequence()).update();
	}

	/** Counts a refusal of the record itself; answers how many there were, this one included. */
	int refused(Sequenced event, String kind) {
		return transactions.execute(status -> {
			jdbc.sql("""
					update kafka_event_sequence set refusals = refusals + 1, last_refusal = :kind
					where topic = :topic and event_id = :id
					""").param("kind", kind).param("topic", event.topic()).param("id", event.eventId()).update();
			return jdbc.sql("select refusals from kafka_event_sequence where topic = :topic and event_id = :id")
				.param("topic", event.topic())
				.param("id", event.eventId())
				.query(Integer.class)
				.single();
		});
	}

	/** Gives the event up: never sent, kept for an administrator, and its key moves on past it. */
	void park(Sequenced event) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update kafka_event_sequence set parked_at = :now where topic = :topic and event_id = :id")
				.param("now", Timestamp.from(clock.instant()))
				.param("topic", event.topic())
				.param("id", event.eventId())
				.update();
			done(event);
		});
	}

	List<Parked> parked() {
		return jdbc.sql("""
				select event_id, event_type, topic, event_key, sequence_number as sequence, refusals, last_refusal,
				       parked_at
				from kafka_event_sequence where parked_at is not null order by parked_at desc
				""").query((rs, row) -> new Parked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getLong(5), rs.getInt(6), rs.getString(7), instant(rs.getTimestamp(8))))
			.list();
	}

	int countParked() {
		return jdbc.sql("select count(*) from kafka_event_sequence where parked_at is not null")
			.query(Integer.class)
			.single();
	}

	/**
	 * Forgets the numbers of events done before {@code before}. Kept until then because a publication whose
	 * acknowledgement was recorded here but not yet in the registry (a crash between the two) is sent again at the
	 * next start, and must be known as done, not numbered anew. Parked events are kept for an administrator.
	 */
	int forgetDoneBefore(Instant before) {
		return jdbc.sql("""
				delete from kafka_event_sequence
				where created_at < :before and parked_at is null
				  and exists (select 1 from kafka_key_order k where k.topic = kafka_event_sequence.topic
				              and k.event_key = kafka_event_sequence.event_key
				              and k.done_through >= kafka_event_sequence.sequence_number)
				""").param("before", Timestamp.from(before)).update();
	}

	private static JdbcClient.StatementSpec key(JdbcClient.StatementSpec statement, Sequenced event) {
		return statement.param("topic", event.topic()).param("key", event.eventKey());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
