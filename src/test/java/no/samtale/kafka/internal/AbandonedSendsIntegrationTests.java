package no.samtale.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;

/** Which of the registry's unfinished publications the catch-up takes back from a node that died (H2, PostgreSQL). */
@AlsoOnTheEmbeddedDatabase
class AbandonedSendsIntegrationTests {

	private static final String KAFKA = KafkaEventExternalizer.class.getName() + ".externalize(java.lang.Object)";

	private static final Instant NOW = Instant.now();

	private static HikariDataSource db;

	private static JdbcClient jdbc;

	private final List<UUID> rows = new ArrayList<>();

	@BeforeAll
	static void start() {
		db = TestDatabases.migrated("kafka-abandoned");
		jdbc = JdbcClient.create(db);
	}

	@AfterAll
	static void stop() {
		if (db != null) {
			db.close();
		}
	}

	@Test
	void aKafkaPublicationTakenLongAgoAndNeverFinishedIsMarkedFailedAndNothingElse() {
		UUID abandoned = publication(KAFKA, "PROCESSING", NOW.minus(Duration.ofMinutes(30)), null);
		UUID neverTaken = publication(KAFKA, "PUBLISHED", NOW.minus(Duration.ofMinutes(30)), null);
		UUID resubmittedLongAgo = publication(KAFKA, "RESUBMITTED", NOW.minus(Duration.ofHours(2)),
				NOW.minus(Duration.ofMinutes(10)));
		UUID resubmittedJustNow = publication(KAFKA, "RESUBMITTED", NOW.minus(Duration.ofHours(2)),
				NOW.minus(Duration.ofSeconds(10)));
		UUID inFlight = publication(KAFKA, "PROCESSING", NOW.minus(Duration.ofSeconds(20)), null);
		UUID otherModule = publication("no.samtale.search.internal.Indexer.on(java.lang.Object)", "PROCESSING",
				NOW.minus(Duration.ofMinutes(30)), null);
		try {
			new AbandonedSends(jdbc).markFailed(NOW.minus(AbandonedSends.AFTER));

			assertThat(status(abandoned)).isEqualTo("FAILED");
			assertThat(status(neverTaken)).isEqualTo("FAILED");
			assertThat(status(resubmittedLongAgo)).isEqualTo("FAILED");
			assertThat(status(resubmittedJustNow)).as("offered again moments ago").isEqualTo("RESUBMITTED");
			assertThat(status(inFlight)).as("still in flight").isEqualTo("PROCESSING");
			assertThat(status(otherModule)).as("another module's listener may still run").isEqualTo("PROCESSING");
		}
		finally {
			rows.forEach(id -> jdbc.sql("delete from event_publication where id = :id").param("id", id).update());
		}
	}

	private UUID publication(String listener, String status, Instant published, Instant resubmitted) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				                               completion_attempts, last_resubmission_date)
				values (:id, :listener, 'no.samtale.inbox.MessageReceived', '{}', :published, :status, 1, :resubmitted)
				""").param("id", id).param("listener", listener).param("published", Timestamp.from(published))
			.param("status", status)
			.param("resubmitted", resubmitted == null ? null : Timestamp.from(resubmitted))
			.update();
		rows.add(id);
		return id;
	}

	private static String status(UUID id) {
		return jdbc.sql("select status from event_publication where id = :id").param("id", id).query(String.class)
			.single();
	}

}
