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
 * A conversation's name does not depend on the order its messages were threaded in: listeners run in parallel and
 * a poll hands over a comment with its replies, so a later message is often threaded first. Each test threads the
 * messages by hand, in the wrong order, inside the transaction that stores them (the batch's own threading after the
 * commit then finds them threaded).
 */
@AlsoOnTheEmbeddedDatabase
class ConversationNamingIntegrationTests extends IntegrationTest {

	@Autowired
	Intake intake;

	@Autowired
	Threading threading;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void withoutItsOpeningMessageAThreadIsNamedByItsEarliestMessageWhicheverIsThreadedFirst() {
		String thread = "naming-" + UUID.randomUUID();
		List<Long> ids = storeAndThreadBackwards(thread, comment(thread, "first", "Den første kommentaren"),
				comment(thread, "second", "Den andre kommentaren"));

		await().atMost(Duration.ofSeconds(20)).until(() -> threaded(ids) == 2);
		assertThat(subject(thread)).isEqualTo("Den første kommentaren");
	}

	@Test
	void theOpeningMessageNamesItsThreadThoughAReplyWasStoredBeforeIt() {
		String thread = "naming-" + UUID.randomUUID();
		List<Long> ids = storeAndThreadBackwards(thread, comment(thread, "reply", "Et svar i tråden"),
				comment(thread, thread, "Kommentaren som åpnet tråden"));

		await().atMost(Duration.ofSeconds(20)).until(() -> threaded(ids) == 2);
		assertThat(subject(thread)).isEqualTo("Kommentaren som åpnet tråden");
	}

	/** Stores the messages in their order and threads them in the opposite one, in one transaction. */
	private List<Long> storeAndThreadBackwards(String thread, InboundMessage... messages) {
		long account = Inbox.account(api().asDemo("admin"), Inbox.FORELDREPENGER, Inbox.SIMULATED);
		return new TransactionTemplate(transactions).execute(status -> {
			List<Long> ids = intake.receiveAll(account, List.of(messages));
			for (int i = ids.size() - 1; i >= 0; i--) {
				threading.thread(ids.get(i));
			}
			return ids;
		});
	}

	private static InboundMessage comment(String thread, String id, String body) {
		return new InboundMessage(id.equals(thread) ? thread : thread + "-" + id, Visibility.PUBLIC, thread,
				"author-" + thread, "Kari Nordmann", body, null, null, Instant.now());
	}

	private long threaded(List<Long> inboundIds) {
		return jdbc.sql("select count(*) from inbox_message where inbound_id in (:ids)")
			.param("ids", inboundIds)
			.query(Long.class)
			.single();
	}

	private String subject(String thread) {
		return jdbc.sql("select subject from inbox_conversation where thread_key = :thread")
			.param("thread", thread)
			.query(String.class)
			.single();
	}

}
