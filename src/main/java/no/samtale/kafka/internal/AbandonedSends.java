package no.samtale.kafka.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kafka publications that a node took and never finished: it died with them queued or in flight. Modulith offers
 * those again only at a node's start, and meanwhile their keys' later events would wait for them ({@link InOrder}).
 * After {@link #AFTER} they are marked failed, so the catch-up sends them on any node. Safe for Kafka's events only:
 * one still queued on a live node is then offered twice, and the second finds it done or waits its turn
 * ({@link KeyTurn}); another module's slow listener must not run twice, so the general retry never does this.
 */
class AbandonedSends {

	/** Far over the longest a node keeps one (a send lasts at most 12 s; a queue of 500 drains within a minute). */
	static final Duration AFTER = Duration.ofMinutes(5);

	private static final String LISTENER = KafkaEventExternalizer.class.getName() + ".%";

	private final JdbcClient jdbc;

	AbandonedSends(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks Kafka publications taken before {@code before} and not finished as failed; answers how many. */
	int markFailed(Instant before) {
		return jdbc.sql("""
				update event_publication set status = 'FAILED'
				where listener_id like :listener and completion_date is null
				  and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
				  and coalesce(last_resubmission_date, publication_date) < :before
				""").param("listener", LISTENER).param("before", Timestamp.from(before)).update();
	}

}
