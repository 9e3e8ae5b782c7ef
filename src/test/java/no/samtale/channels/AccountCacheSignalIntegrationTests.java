package no.samtale.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.platform.ClusterSignals;
import no.samtale.support.IntegrationTest;

/**
 * An account changed on another node (written straight to the table here, as that node would) is read again on this
 * one as soon as that node's signal arrives, not when the five-second cache runs out.
 */
class AccountCacheSignalIntegrationTests extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClusterSignals signals;

	@Test
	void anAccountChangedOnAnotherNodeIsReadAgainWhenItsSignalArrives() {
		Account account = accounts.all().get(0);
		String before = accounts.get(account.id()).name();
		try {
			jdbc.sql("update channels_account set name = :name where id = :id")
				.param("name", before + " (ny)")
				.param("id", account.id())
				.update();
			assertThat(accounts.get(account.id()).name()).as("still cached here").isEqualTo(before);

			signals.send(Accounts.CHANGED, Long.toString(account.id()));

			// The signal is heard by the signal bus's own background listener; on a loaded build machine that can take
			// longer than the moment it takes on a quiet one.
			await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
				.until(() -> accounts.get(account.id()).name().equals(before + " (ny)"));
		}
		finally {
			jdbc.sql("update channels_account set name = :name where id = :id")
				.param("name", before)
				.param("id", account.id())
				.update();
			signals.send(Accounts.CHANGED, Long.toString(account.id()));
		}
	}

}
