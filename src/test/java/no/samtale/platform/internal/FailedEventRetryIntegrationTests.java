package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.FlakyListener;
import no.samtale.support.IntegrationTest;

/**
 * A listener that failed once gets its event again while the application runs, not only after a restart, and the
 * event is handled once it succeeds.
 */
@AlsoOnTheEmbeddedDatabase
class FailedEventRetryIntegrationTests extends IntegrationTest {

	@Autowired
	private FlakyListener listener;

	@Autowired
	private FailedEventRetry retry;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aFailedListenerIsRetriedWhileTheApplicationRuns() {
		String id = UUID.randomUUID().toString();
		listener.failNext(1);
		transactions.executeWithoutResult(status -> events.publishEvent(new FlakyListener.Probe(id)));

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> failedProbes(id) == 1);
		assertThat(listener.handled(id)).isFalse();

		assertThat(retry.retryFailedOlderThan(Duration.ZERO)).isGreaterThanOrEqualTo(1);

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> listener.handled(id));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> incompleteProbes(id) == 0);
	}

	@Test
	void whileMoreThanABatchIsInFlightTheRetryWaitsAndThenResumes() {
		String id = UUID.randomUUID().toString();
		listener.failNext(1);
		transactions.executeWithoutResult(status -> events.publishEvent(new FlakyListener.Probe(id)));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> failedProbes(id) == 1);
		// Resubmitted elsewhere (Kafka's catch-up sends 500 at a time) and not done yet: more than one batch of 100.
		String inFlight = "test.InFlight-" + id;
		for (int i = 0; i < 101; i++) {
			jdbc.update("""
					insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
					status, completion_attempts, last_resubmission_date)
					values (?, ?, 'java.lang.String', '"x"', current_timestamp, 'RESUBMITTED', 1, current_timestamp)
					""", UUID.randomUUID(), inFlight);
		}
		try {
			// Modulith would read "100 minus 101" rows: a negative limit, which PostgreSQL refuses.
			assertThat(retry.retryFailedOlderThan(Duration.ZERO)).isGreaterThanOrEqualTo(1);
			assertThat(failedProbes(id)).as("left for the next run").isEqualTo(1);
		}
		finally {
			jdbc.update("delete from event_publication where listener_id = ?", inFlight);
		}

		assertThat(retry.retryFailedOlderThan(Duration.ZERO)).isGreaterThanOrEqualTo(1);
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> listener.handled(id));
	}

	private int failedProbes(String id) {
		return jdbc.queryForObject("select count(*) from event_publication where status = 'FAILED' "
				+ "and completion_date is null and serialized_event like ?", Integer.class, "%" + id + "%");
	}

	private int incompleteProbes(String id) {
		return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
				+ "and serialized_event like ?", Integer.class, "%" + id + "%");
	}

}
