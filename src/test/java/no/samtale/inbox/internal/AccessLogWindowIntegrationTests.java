package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * A live page refetching an open conversation is one look in the access log, not one row per refresh. Also on H2,
 * where a refused insert is caught rather than skipped.
 */
@AlsoOnTheEmbeddedDatabase
class AccessLogWindowIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void refreshesWithinTheWindowAreOneViewAndANewPurposeOrAnExpiredWindowIsANewOne() {
		Api admin = api().asDemo("admin");
		long conversation = Inbox.citizenComments(admin, "Når kommer pengene? " + System.nanoTime());
		Api advisor = api().asDemo("veileder1");
		String path = "/api/v1/inbox/conversations/" + conversation;

		for (int refresh = 0; refresh < 5; refresh++) {
			assertThat(advisor.get(path).status()).isEqualTo(200);
		}
		assertThat(views(conversation, "veileder1")).isEqualTo(1);

		assertThat(advisor.get(path + "?purpose=Klagesak").status()).isEqualTo(200);
		assertThat(advisor.get(path + "?purpose=Klagesak").status()).isEqualTo(200);
		assertThat(api().asDemo("veileder2").get(path).status()).isEqualTo(200);
		assertThat(views(conversation, "veileder1")).isEqualTo(2);
		assertThat(views(conversation, "veileder2")).isEqualTo(1);

		// As if the last logged look were sixteen minutes ago: the next refresh opens a new window.
		jdbc.sql("""
				update privacy_access_window set last_logged_at = last_logged_at - interval '16' minute
				where subject_kind = 'conversation' and subject_id = :id
				""").param("id", Long.toString(conversation)).update();
		assertThat(advisor.get(path).status()).isEqualTo(200);
		assertThat(advisor.get(path).status()).isEqualTo(200);
		assertThat(views(conversation, "veileder1")).isEqualTo(3);
	}

	@Test
	void simultaneousRefreshesFromSeveralClientsAreLoggedOnce() throws Exception {
		Api admin = api().asDemo("admin");
		long conversation = Inbox.citizenComments(admin, "Hvor lang er behandlingstiden? " + System.nanoTime());
		String path = "/api/v1/inbox/conversations/" + conversation;
		int clients = 8;
		List<Api> advisors = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			advisors.add(api().asDemo("veileder1"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (Api advisor : advisors) {
				answers.add(pool.submit(() -> {
					start.await();
					return advisor.get(path).status();
				}));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(views(conversation, "veileder1")).isEqualTo(1);
	}

	private long views(long conversation, String username) {
		return jdbc.sql("""
				select count(*) from privacy_access_log
				where action = 'VIEW' and subject_kind = 'conversation' and subject_id = :id and username = :username
				""").param("id", Long.toString(conversation)).param("username", username).query(Long.class).single();
	}

}
