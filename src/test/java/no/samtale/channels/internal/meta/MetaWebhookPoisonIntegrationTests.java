package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.RandomTokens;
import no.samtale.platform.ThisNode;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * What cannot be stored never costs a citizen's comment or another delivery: NUL (as a JSON escape or a raw byte)
 * and lone surrogates are dropped from what is stored, a batch that cannot be committed together is written one
 * delivery at a time, and a node that restarts takes its own unfinished claims back at once. Also on H2, which
 * stores what PostgreSQL refuses.
 */
@AlsoOnTheEmbeddedDatabase
class MetaWebhookPoisonIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeliveryBatcher batcher;

	@Autowired
	MetaDeliveries deliveries;

	@Autowired
	MetaDeliveryProcessor processor;

	@Autowired
	DataSource dataSource;

	@Autowired
	DuplicateSafeInsert inserts;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aCommentWithNulAsAnEscapeOrARawByteOrALoneSurrogateReachesTheInboxWithoutThem() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String escaped = MetaDemo.PAGE_ID + "_nul" + System.nanoTime();
		String raw = MetaDemo.PAGE_ID + "_raw" + System.nanoTime();
		String surrogate = MetaDemo.PAGE_ID + "_sur" + System.nanoTime();
		String tag = UUID.randomUUID().toString();

		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, escaped, null, "Hei\\u0000 der " + tag, Instant.now(), "add"));
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, raw, null, "Hei\u0000 der " + tag, Instant.now(), "add"));
		hooks.sendAndAwait(MetaHooks.comment(MetaDemo.PAGE_ID, surrogate, null, "Hei\\ud800 der " + tag, Instant.now(),
				"add"));

		assertThat(hooks.inboundBody(escaped)).isEqualTo("Hei der " + tag);
		assertThat(hooks.inboundBody(raw)).isEqualTo("Hei der " + tag);
		assertThat(hooks.inboundBody(surrogate)).isEqualTo("Hei der " + tag);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> hooks.conversationWith(api().asDemo("veileder1"), "Hei der " + tag) != null);
	}

	@Test
	void deliveriesSentTogetherWithAPoisonedOneAreAllAcknowledgedAndArrive() throws Exception {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			bodies.add(MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_t" + i + "_" + System.nanoTime(), null,
					(i % 5 == 0 ? "Med NUL\u0000 " : "Uten ") + UUID.randomUUID(), Instant.now(), "add"));
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
		for (String body : bodies) {
			hooks.awaitProcessed(body);
			assertThat(hooks.state(body)).isEqualTo("PROCESSED");
		}
	}

	@Test
	void whenABatchCannotBeStoredTogetherOnlyTheDeliveryThatCannotBeStoredFails() {
		List<DeliveryBatcher.Waiting> batch = new ArrayList<>();
		List<String> good = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String body = MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_b" + i + "_" + System.nanoTime(), null,
					"I samme batch " + TestText.unique(), Instant.now(), "add");
			good.add(body);
			batch.add(waiting(RandomTokens.sha256(body), body));
		}
		// A hash longer than its column: the database refuses this row, as it refused a NUL before.
		DeliveryBatcher.Waiting bad = waiting("f".repeat(80), "{\"object\":\"page\",\"entry\":[]}");
		batch.add(2, bad);

		batcher.write(batch);

		MetaHooks hooks = new MetaHooks(api(), jdbc);
		for (String body : good) {
			assertThat(hooks.deliveriesOf(body)).isEqualTo(1);
		}
		assertThat(batch).filteredOn(w -> w != bad).allSatisfy(w -> assertThat(w.stored()).isCompleted());
		assertThatThrownBy(() -> bad.stored().join()).hasCauseInstanceOf(DeliveryBatcher.NotStored.class);
		for (String body : good) {
			hooks.awaitProcessed(body);
		}
	}

	@Test
	void aNodeThatRestartsTakesItsOwnUnfinishedClaimsBackAtOnceButLeavesOtherNodesTheirs() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String name = "restarting-node-" + UUID.randomUUID();
		String mine = MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_mine" + System.nanoTime(), null,
				"Tatt før omstart " + TestText.unique(), Instant.now(), "add");
		String others = MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_other" + System.nanoTime(), null,
				"Holdt av en annen node " + TestText.unique(), Instant.now(), "add");
		// Both claimed ten seconds ago, their leases still running: one by this node's earlier life.
		Instant claimedUntil = Instant.now().minusSeconds(10).plus(MetaDeliveries.LEASE);
		storeClaimed(mine, name, claimedUntil);
		storeClaimed(others, "another-node-" + UUID.randomUUID(), claimedUntil);

		MetaDeliveries restarted = new MetaDeliveries(jdbc, new JdbcTemplate(dataSource), inserts, transactions,
				new ThisNode(name, Instant.now()));
		List<MetaDeliveries.Claimed> claimed = restarted.claim(DeliveryPoller.BATCH);
		processor.processAll(claimed);

		assertThat(hooks.state(mine)).isEqualTo("PROCESSED");
		assertThat(hooks.state(others)).isEqualTo("RECEIVED");
		jdbc.sql("update channels_meta_delivery set claimed_until = null where body_hash = :hash")
			.param("hash", RandomTokens.sha256(others))
			.update();
		hooks.awaitProcessed(others);
	}

	private void storeClaimed(String body, String owner, Instant claimedUntil) {
		jdbc.sql("""
				insert into channels_meta_delivery (body_hash, payload, state, received_at, attempts, claimed_until,
				    claim_token, claimed_by)
				values (:hash, :payload, 'RECEIVED', :now, 1, :until, :token, :owner)
				""")
			.param("hash", RandomTokens.sha256(body))
			.param("payload", body)
			.param("now", Timestamp.from(Instant.now()))
			.param("until", Timestamp.from(claimedUntil))
			.param("token", UUID.randomUUID().toString())
			.param("owner", owner)
			.update();
	}

	private static DeliveryBatcher.Waiting waiting(String hash, String payload) {
		return new DeliveryBatcher.Waiting(new MetaDeliveries.Signed(hash, payload), new CompletableFuture<>());
	}

}
