package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.platform.RandomTokens;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * Deliveries that are claimed together are processed together: new comments in bulk, everything else one at a time
 * in the same transaction, with the same outcome as if each had come alone. The deliveries are stored in one
 * transaction, as the webhook's writer stores a burst, so that one claim takes them all.
 */
@AlsoOnTheEmbeddedDatabase
class MetaBulkProcessingIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aBatchOfNewCommentsArrivesOnceEachInAConversationOfItsOwnAndIsCounted() {
		String run = "bulk" + System.nanoTime();
		List<String> ids = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String id = MetaDemo.PAGE_ID + "_" + run + "_" + i;
			ids.add(id);
			bodies.add(MetaHooks.comment(MetaDemo.PAGE_ID, id, null, "Samlet " + i + " " + TestText.unique(),
					Instant.now(), "add"));
		}

		storeTogether(bodies);

		awaitAllProcessed(bodies);
		// Threading is a listener after the intake's commit: wait for it, then count exactly.
		await().atMost(Duration.ofSeconds(20)).until(() -> count("""
				select count(*) from inbox_message m join channels_inbound i on i.id = m.inbound_id
				where i.external_id like :run
				""", "%" + run + "%") >= ids.size());
		for (String id : ids) {
			assertThat(count("select count(*) from channels_inbound where external_id = :id", id)).isEqualTo(1);
			assertThat(count("""
					select count(*) from inbox_message m join channels_inbound i on i.id = m.inbound_id
					where i.external_id = :id
					""", id)).as("threaded once").isEqualTo(1);
			assertThat(count("""
					select count(*) from inbox_conversation where thread_key = :id and message_count = 1
					    and status = 'NEW'
					""", id)).as("a conversation of its own").isEqualTo(1);
		}
		// Analytics counts them from the inbox's messages with a cursor (exactly once: InboxFollowingIntegrationTests);
		// a hole in the ids may hold it back by its grace, 20 s.
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			assertThat(count("""
					select count(*) from analytics_follow_cursor where feed = 'inbox-messages' and last_id >= (
					    select max(m.id) from inbox_message m join channels_inbound i on i.id = m.inbound_id
					    where i.external_id like :run)
					""", "%" + run + "%")).as("analytics followed past them").isEqualTo(1);
			assertThat(count("""
					select count(*) from analytics_conversation_fact f join inbox_conversation c on c.id = f.conversation_id
					where c.thread_key like :run
					""", "%" + run + "%")).as("each seen by analytics").isEqualTo(ids.size());
		});
	}

	@Test
	void aDeliveryTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchArrives() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String run = "poison" + System.nanoTime();
		List<String> good = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String id = MetaDemo.PAGE_ID + "_" + run + "_" + i;
			good.add(id);
			bodies.add(MetaHooks.comment(MetaDemo.PAGE_ID, id, null, "Frisk " + i, Instant.now(), "add"));
		}
		// A comment id longer than the database takes, in the middle of the batch.
		String poison = MetaHooks.comment(MetaDemo.PAGE_ID, MetaDemo.PAGE_ID + "_" + "7".repeat(250), null,
				"For lang id " + run, Instant.now(), "add");
		bodies.add(5, poison);

		storeTogether(bodies);

		await().atMost(Duration.ofSeconds(20)).until(() -> good.stream().allMatch(id -> hooks.inboundBody(id) != null)
				&& count("select count(*) from channels_meta_delivery where body_hash = :id and error is not null",
						RandomTokens.sha256(poison)) == 1);
		bodies.stream()
			.filter(body -> !body.equals(poison))
			.forEach(body -> assertThat(hooks.state(body)).isEqualTo("PROCESSED"));
		assertThat(hooks.state(poison)).as("left to be tried again later").isEqualTo("RECEIVED");
		assertThat(hooks.error(poison)).doesNotContain("For lang id");
	}

	@Test
	void changesClaimedTogetherWithTheirCommentsEndAsIfEachHadComeAlone() {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		String run = "mixed" + System.nanoTime();
		Instant at = Instant.now().minusSeconds(60);
		String edited = MetaDemo.PAGE_ID + "_" + run + "_edited";
		String removed = MetaDemo.PAGE_ID + "_" + run + "_removed";
		String twice = MetaDemo.PAGE_ID + "_" + run + "_twice";
		String plain = MetaDemo.PAGE_ID + "_" + run + "_plain";
		List<String> bodies = List.of(
				MetaHooks.comment(MetaDemo.PAGE_ID, edited, null, "Første tekst", at, "add"),
				MetaHooks.comment(MetaDemo.PAGE_ID, edited, null, "Rettet tekst", at.plusSeconds(5), "edited"),
				// The removal overtook its comment: a tombstone, the comment never shows.
				MetaHooks.comment(MetaDemo.PAGE_ID, removed, null, null, at.plusSeconds(10), "remove"),
				MetaHooks.comment(MetaDemo.PAGE_ID, removed, null, "Angret", at, "add"),
				// The same comment in two deliveries (Meta's retry with other bytes).
				MetaHooks.comment(MetaDemo.PAGE_ID, twice, null, "To ganger", at, "add"),
				MetaHooks.comment(MetaDemo.PAGE_ID, twice, null, "To ganger", at.plusSeconds(1), "add"),
				MetaHooks.comment(MetaDemo.PAGE_ID, plain, null, "Vanlig", at, "add"));

		storeTogether(bodies);

		awaitAllProcessed(bodies);
		assertThat(hooks.inboundBody(edited)).isEqualTo("Rettet tekst");
		assertThat(hooks.inboundBody(removed)).isNull();
		assertThat(hooks.itemStatus(removed)).isEqualTo("REMOVED");
		assertThat(count("select count(*) from channels_inbound where external_id = :id", twice)).isEqualTo(1);
		assertThat(hooks.inboundBody(plain)).isEqualTo("Vanlig");
	}

	/** Stores the deliveries in one transaction, as the webhook's writer does with a burst: one claim takes them. */
	private void storeTogether(List<String> bodies) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> bodies.forEach(body -> jdbc.sql("""
				insert into channels_meta_delivery (body_hash, payload, state, received_at)
				values (:hash, :payload, 'RECEIVED', :now)
				""")
			.param("hash", RandomTokens.sha256(body))
			.param("payload", body)
			.param("now", Timestamp.from(Instant.now()))
			.update()));
	}

	private void awaitAllProcessed(List<String> bodies) {
		MetaHooks hooks = new MetaHooks(api(), jdbc);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> bodies.stream().allMatch(body -> "PROCESSED".equals(hooks.state(body))));
	}

	private long count(String sql, String value) {
		String name = sql.contains(":run") ? "run" : "id";
		return jdbc.sql(sql).param(name, value).query(Long.class).single();
	}

}
