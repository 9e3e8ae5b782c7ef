package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;
import no.samtale.channels.Visibility;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.IntegrationTest;

/**
 * Messages stored together are threaded together, and end as if each had been threaded alone: a new thread opens a
 * conversation of its own, several messages of one thread share one, a message in a known thread joins it; and a
 * batch delivered again (a crash after its commit, before its publication was completed) changes nothing.
 */
@AlsoOnTheEmbeddedDatabase
class ThreadingInBulkIntegrationTests extends IntegrationTest {

	@Autowired
	Intake intake;

	@Autowired
	ThreadingInBulk threading;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aBatchIsThreadedAsIfEachMessageCameAloneAndItsRedeliveryChangesNothing() {
		long account = Inbox.account(api().asDemo("admin"), Inbox.FORELDREPENGER, Inbox.SIMULATED);
		String run = UUID.randomUUID().toString();
		intake.receive(account, message(run, "old-1", "old"));
		await().atMost(Duration.ofSeconds(20)).until(() -> messages(run, "old") == 1);

		List<Long> ids = new TransactionTemplate(transactions).execute(status -> intake.receiveAll(account,
				List.of(message(run, "a-1", "a"), message(run, "b-1", "b"), message(run, "b-2", "b"),
						message(run, "old-2", "old"))));

		await().atMost(Duration.ofSeconds(20)).until(() -> threaded(ids) == ids.size());
		assertThat(messageCount(run, "a")).isEqualTo(1);
		assertThat(messageCount(run, "b")).as("two messages of one thread share its conversation").isEqualTo(2);
		assertThat(messageCount(run, "old")).as("a message in a known thread joins it").isEqualTo(2);
		assertThat(received(run, "b")).isEqualTo(2);

		new TransactionTemplate(transactions).executeWithoutResult(status -> threading.threadAll(ids));

		assertThat(threaded(ids)).isEqualTo(ids.size());
		assertThat(messages(run, "a") + messages(run, "b") + messages(run, "old")).isEqualTo(5);
		assertThat(messageCount(run, "a") + messageCount(run, "b") + messageCount(run, "old")).isEqualTo(5);
		assertThat(received(run, "a") + received(run, "b") + received(run, "old")).isEqualTo(5);
	}

	private static InboundMessage message(String run, String id, String thread) {
		return new InboundMessage("bulk-" + run + "-" + id, Visibility.PUBLIC, "bulk-" + run + "-" + thread,
				"author-" + run, "Kari Nordmann", "Melding " + id + " i tråd " + thread, null, null, Instant.now());
	}

	private long threaded(List<Long> inboundIds) {
		return jdbc.sql("select count(*) from inbox_message where inbound_id in (:ids)")
			.param("ids", inboundIds)
			.query(Long.class)
			.single();
	}

	private long messages(String run, String thread) {
		return jdbc.sql("""
				select count(*) from inbox_message m join inbox_conversation c on c.id = m.conversation_id
				where c.thread_key = :thread
				""").param("thread", "bulk-" + run + "-" + thread).query(Long.class).single();
	}

	private int messageCount(String run, String thread) {
		return jdbc.sql("select message_count from inbox_conversation where thread_key = :thread")
			.param("thread", "bulk-" + run + "-" + thread)
			.query(Integer.class)
			.single();
	}

	private long received(String run, String thread) {
		return jdbc.sql("""
				select count(*) from inbox_audit a join inbox_conversation c on c.id = a.conversation_id
				where c.thread_key = :thread and a.action = 'RECEIVED'
				""").param("thread", "bulk-" + run + "-" + thread).query(Long.class).single();
	}

}
