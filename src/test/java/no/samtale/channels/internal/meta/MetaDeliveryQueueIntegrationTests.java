package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.platform.RandomTokens;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * The delivery table as a queue: deliveries that arrive together are committed together and each stored once,
 * a delivery left behind by a node that died is processed by another, and a delivery whose processing keeps
 * failing is tried a bounded number of times and then kept with its error.
 */
@AlsoOnTheEmbeddedDatabase
class MetaDeliveryQueueIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	MetaHooks hooks() {
		return new MetaHooks(api(), jdbc);
	}

	@Test
	void concurrentDeliveriesAreAllAcknowledgedAndTheSameBodyAmongThemIsStoredOnce() throws Exception {
		MetaHooks hooks = hooks();
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			bodies.add(MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_c" + i + "_" + System.nanoTime(), null,
					"Samtidig " + i + " " + TestText.unique(), Instant.now(), "add"));
		}
		String repeated = bodies.get(0);
		// Sent ten times at once, so copies very likely share a batch, and some follow a committed one.
		for (int i = 0; i < 10; i++) {
			bodies.add(repeated);
		}
		ExecutorService senders = Executors.newFixedThreadPool(20);
		try {
			List<CompletableFuture<Integer>> answers = bodies.stream()
				.map(body -> CompletableFuture.supplyAsync(() -> hooks.sendSigned(body), senders))
				.toList();

			assertThat(answers).allSatisfy(answer -> assertThat(answer.join()).isEqualTo(200));
		}
		finally {
			senders.shutdown();
		}
		assertThat(hooks.deliveriesOf(repeated)).isEqualTo(1);
		for (String body : bodies) {
			assertThat(hooks.deliveriesOf(body)).isEqualTo(1);
			hooks.awaitProcessed(body);
			assertThat(hooks.state(body)).isEqualTo("PROCESSED");
		}
	}

	@Test
	void aDeliveryClaimedByANodeThatDiedIsProcessedOnceItsLeaseEnds() {
		MetaHooks hooks = hooks();
		String id = MetaDemo.PAGE_ID + "_orphan" + System.nanoTime();
		String text = "Etterlatt av en node " + TestText.unique();
		String body = MetaHooks.comment(MetaDemo.PAGE_ID, id, null, text, Instant.now(), "add");

		// As a node leaves it when it dies after claiming: tried once, its lease over.
		storeDirectly(body, 1, Instant.now().minusSeconds(1));

		hooks.awaitProcessed(body);
		assertThat(hooks.state(body)).isEqualTo("PROCESSED");
		assertThat(hooks.inboundBody(id)).isEqualTo(text);
	}

	@Test
	void aDeliveryWhoseLeaseIsStillRunningIsLeftToTheNodeThatHoldsIt() {
		MetaHooks hooks = hooks();
		String held = MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_held" + System.nanoTime(), null,
				"Holdt av en annen node", Instant.now(), "add");
		String after = MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_after" + System.nanoTime(), null,
				"Kommer etter " + TestText.unique(), Instant.now(), "add");
		storeDirectly(held, 1, Instant.now().plus(Duration.ofHours(1)));

		// A later delivery is processed, which means the poller has looked past the held one.
		hooks.sendAndAwait(after);

		assertThat(hooks.state(held)).isEqualTo("RECEIVED");
		jdbc.sql("update channels_meta_delivery set claimed_until = null where body_hash = :hash")
			.param("hash", RandomTokens.sha256(held))
			.update();
		hooks.awaitProcessed(held);
		assertThat(hooks.state(held)).isEqualTo("PROCESSED");
	}

	@Test
	void aDeliveryThatFailsForAReasonThatMayPassIsTriedAgainAndAtLastKeptWithItsError() {
		MetaHooks hooks = hooks();
		// A comment id longer than the database takes: the insert fails as a database error, the kind a retry
		// can cure (here it never does, which is what lets the test see every step).
		String body = MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_" + "9".repeat(250), null, "For lang id",
				Instant.now(), "add");

		assertThat(hooks.sendSigned(body)).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).until(() -> attempts(body) == 1 && hasError(body));
		assertThat(hooks.state(body)).isEqualTo("RECEIVED");
		assertThat(retryAt(body)).isAfter(Instant.now());
		// Time passes and the earlier attempts are spent: the last one fails for good.
		jdbc.sql("update channels_meta_delivery set attempts = :spent, claimed_until = null where body_hash = :hash")
			.param("spent", MetaDeliveryProcessor.MAX_ATTEMPTS - 1)
			.param("hash", RandomTokens.sha256(body))
			.update();
		await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(hooks.state(body)));
		assertThat(attempts(body)).isEqualTo(MetaDeliveryProcessor.MAX_ATTEMPTS);
		assertThat(hooks.error(body)).isNotBlank().doesNotContain("For lang id");
	}

	@Test
	void aDeliveryThatHasUsedUpItsAttemptsIsKeptAsFailedWithoutAnotherTry() {
		MetaHooks hooks = hooks();
		String id = MetaDemo.PAGE_ID + "_spent" + System.nanoTime();
		String body = MetaHooks.comment(MetaDemo.PAGE_ID, id, null, "Brukt opp", Instant.now(), "add");

		// Claimed as often as allowed by nodes that each died before finishing it.
		storeDirectly(body, MetaDeliveryProcessor.MAX_ATTEMPTS, Instant.now().minusSeconds(1));

		await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(hooks.state(body)));
		assertThat(hooks.error(body)).startsWith("Gave up after " + MetaDeliveryProcessor.MAX_ATTEMPTS + " attempts");
		assertThat(hooks.inboundBody(id)).isNull();
	}

	@Test
	void retriesWaitLongerEachTime() {
		assertThat(MetaDeliveryProcessor.backoff(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(MetaDeliveryProcessor.backoff(2)).isEqualTo(Duration.ofSeconds(10));
		assertThat(MetaDeliveryProcessor.backoff(4)).isEqualTo(Duration.ofSeconds(40));
	}

	private void storeDirectly(String body, int attempts, Instant claimedUntil) {
		jdbc.sql("""
				insert into channels_meta_delivery (body_hash, payload, state, received_at, attempts, claimed_until,
				    claim_token)
				values (:hash, :payload, 'RECEIVED', :now, :attempts, :until, :token)
				""")
			.param("hash", RandomTokens.sha256(body))
			.param("payload", body)
			.param("now", Timestamp.from(Instant.now()))
			.param("attempts", attempts)
			.param("until", Timestamp.from(claimedUntil))
			.param("token", UUID.randomUUID().toString())
			.update();
	}

	private int attempts(String body) {
		return jdbc.sql("select attempts from channels_meta_delivery where body_hash = :hash")
			.param("hash", RandomTokens.sha256(body))
			.query(Integer.class)
			.single();
	}

	private boolean hasError(String body) {
		return jdbc.sql("select count(*) from channels_meta_delivery where body_hash = :hash and error is not null")
			.param("hash", RandomTokens.sha256(body))
			.query(Long.class)
			.single() == 1;
	}

	private Instant retryAt(String body) {
		return jdbc.sql("select claimed_until from channels_meta_delivery where body_hash = :hash")
			.param("hash", RandomTokens.sha256(body))
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

}
