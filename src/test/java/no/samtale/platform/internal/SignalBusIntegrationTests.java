package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Cluster signals: sent after commit (and not at all on rollback), received in order; on PostgreSQL through the
 * listener's own connection, which comes back by itself after the database cut it.
 */
@AlsoOnTheEmbeddedDatabase
class SignalBusIntegrationTests extends IntegrationTest {

	@Autowired
	SignalBus signals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSignalArrivesAfterCommitInOrderAndNotAfterARollback() {
		String kind = "test-" + TestText.unique();
		List<String> received = new CopyOnWriteArrayList<>();
		signals.on(kind, received::add);
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			signals.send(kind, "1");
			signals.send(kind, "2");
			assertThat(received).as("nothing before commit").isEmpty();
		});
		transaction.executeWithoutResult(status -> {
			signals.send(kind, "rolled back");
			status.setRollbackOnly();
		});
		signals.send(kind, "3");
		// Heard by the bus's background listener, which a loaded build machine may keep waiting.
		await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= 3);
		assertThat(received).containsExactly("1", "2", "3");
	}

	@Test
	void theListenerComesBackAfterTheDatabaseCutItsConnection() {
		if (!signals.clustered()) {
			return; // in the process on H2: there is no connection to cut
		}
		await().atMost(Duration.ofSeconds(10)).until(signals::listening);
		int cut = jdbc.sql("""
				select count(pg_terminate_backend(pid)) from pg_stat_activity
				where application_name = 'samtale-signals' and datname = current_database()
				""").query(Integer.class).single();
		assertThat(cut).isPositive();
		String kind = "test-" + TestText.unique();
		List<String> received = new CopyOnWriteArrayList<>();
		signals.on(kind, received::add);
		await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
			signals.send(kind, "again");
			return !received.isEmpty();
		});
		assertThat(signals.listening()).isTrue();
	}

}
