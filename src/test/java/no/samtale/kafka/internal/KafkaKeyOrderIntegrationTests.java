package no.samtale.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.Visibility;
import no.samtale.forum.AnswerVerified;
import no.samtale.inbox.MessageReceived;
import no.samtale.kafka.internal.InOrder.WaitingForEarlierEvent;
import no.samtale.kafka.internal.KeySequences.Sequenced;
import no.samtale.kafka.internal.KeyTurn.Turn;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.TestDatabase;

/**
 * The order per key against a real Kafka broker (KRaft, in this JVM) and the suite's database (H2 or PostgreSQL):
 * the module's own parts as the externalizer and the catch-up drive them, without the application around them, so
 * the test decides when each event is offered. Kafka refuses a topic's records while the test lowers the topic's
 * largest message to one byte: the same refusal as a record too large, and only for that topic.
 */
@AlsoOnTheEmbeddedDatabase
class KafkaKeyOrderIntegrationTests {

	private static final Instant AT = Instant.parse("2026-12-13T20:00:00Z");

	private static KafkaTestBroker kafka;

	private static HikariDataSource db;

	private static JdbcTransactionManager transactions;

	/** Topics of their own, so a rerun on the same database and the other tests' rows never meet. */
	private final String prefix = "order-" + UUID.randomUUID().toString().substring(0, 8) + ".";

	private final ExternalEvents events = new ExternalEvents(prefix);

	private final String conversations = prefix + "inbox.conversations";

	private final String discussions = prefix + "forum.discussions";

	private final List<Node> nodes = new ArrayList<>();

	@BeforeAll
	static void start() {
		kafka = new KafkaTestBroker();
		db = TestDatabases.migrated("kafka-order");
		transactions = new JdbcTransactionManager(db);
	}

	@AfterAll
	static void stop() {
		if (db != null) {
			db.close();
		}
		if (kafka != null) {
			kafka.close();
		}
	}

	@AfterEach
	void closeNodes() {
		nodes.forEach(Node::close);
	}

	@Test
	void aRefusedEventGoesOutBeforeItsKeysLaterEventsWhichWaitedWhileOtherKeysWentOn() {
		kafka.create(conversations, discussions);
		Node node = node(5);
		kafka.limitRecords(conversations, true);
		Outgoing first = publish(received(10, 1));
		assertThat(node.send(first)).isInstanceOf(RecordTooLargeException.class);

		Outgoing second = publish(received(10, 2));
		Outgoing third = publish(received(10, 3));
		assertThat(node.send(second)).as("held back behind the refused one").isInstanceOf(WaitingForEarlierEvent.class);
		assertThat(node.send(third)).isInstanceOf(WaitingForEarlierEvent.class);
		Outgoing otherConversation = publish(received(11, 4));
		assertThat(node.send(otherConversation)).as("tried for itself, not held back by conversation 10")
			.isInstanceOf(RecordTooLargeException.class);
		Outgoing discussion = publish(new AnswerVerified(12, 120, 5, AT));
		assertThat(node.send(discussion)).as("another topic goes on").isNull();
		assertThat(kafka.sequences(discussions, "12")).containsExactly(1L);

		kafka.limitRecords(conversations, false);
		// The catch-up offers them again; even in the wrong order they go out in the key's order.
		assertThat(node.send(third)).isInstanceOf(WaitingForEarlierEvent.class);
		assertThat(node.send(first)).isNull();
		assertThat(node.send(second)).isNull();
		assertThat(node.send(first)).as("done already: not sent again").isNull();
		assertThat(node.send(third)).isNull();
		assertThat(node.send(otherConversation)).isNull();
		assertThat(node.send(publish(received(10, 5)))).isNull();

		assertThat(kafka.sequences(conversations, "10")).containsExactly(1L, 2L, 3L, 4L);
		assertThat(kafka.ids(conversations, "10")).startsWith(first.envelope().id(), second.envelope().id(),
				third.envelope().id());
		assertThat(kafka.sequences(conversations, "11")).containsExactly(1L);
	}

	@Test
	void anEventKafkaKeepsRefusingIsParkedAndItsKeyGoesOnWithTheGapInItsNumbers() {
		kafka.create(conversations);
		Node node = node(3);
		kafka.limitRecords(conversations, true);
		Outgoing poison = publish(received(20, 1));
		assertThat(node.send(poison)).isInstanceOf(RecordTooLargeException.class);
		assertThat(node.send(poison)).isInstanceOf(RecordTooLargeException.class);
		assertThat(node.send(poison)).as("given up at the third refusal: its publication is done").isNull();
		kafka.limitRecords(conversations, false);

		assertThat(node.send(publish(received(20, 2)))).as("the key goes on").isNull();
		assertThat(node.send(poison)).as("parked: never sent").isNull();
		assertThat(node.send(publish(received(20, 3)))).isNull();

		assertThat(kafka.sequences(conversations, "20")).as("the gap shows where the parked one was")
			.containsExactly(2L, 3L);
		assertThat(new KafkaAdminController(node.order()).parked())
			.as("listed for administrators")
			.filteredOn(parked -> parked.topic().equals(conversations))
			.singleElement()
			.satisfies(parked -> {
			assertThat(parked.eventId()).isEqualTo(poison.envelope().id());
			assertThat(parked.eventKey()).isEqualTo("20");
			assertThat(parked.sequence()).isEqualTo(1);
			assertThat(parked.refusals()).isEqualTo(3);
			assertThat(parked.lastRefusal()).isEqualTo("RecordTooLargeException");
		});
	}

	@Test
	void twoNodesTakeTurnsOnOneKeyThroughTheDatabase() {
		kafka.create(conversations);
		Node one = node(5);
		Node two = node(5);
		Outgoing first = publish(received(30, 1));
		Outgoing second = publish(received(30, 2));
		Sequenced firstNumbered = one.sequences().of(first);

		assertThat(one.order().claim(firstNumbered)).isEqualTo(Turn.SEND);
		assertThat(two.order().claim(firstNumbered)).as("being sent by the first node").isEqualTo(Turn.WAIT);
		one.order().release(firstNumbered);
		assertThat(two.send(second)).as("waits for the first node's event").isInstanceOf(WaitingForEarlierEvent.class);
		assertThat(one.send(first)).isNull();
		assertThat(two.send(second)).isNull();

		assertThat(kafka.sequences(conversations, "30")).containsExactly(1L, 2L);
	}

	@Test
	void aKeysNumbersFollowItsCommitsAndNeitherARollbackNorTheSameFactAgainMakesAGap() {
		Node node = node(5);
		Outgoing first = publish(received(40, 1));
		TransactionTemplate rolledBack = new TransactionTemplate(transactions);
		rolledBack.executeWithoutResult(status -> {
			node.sequences().on(received(40, 2));
			status.setRollbackOnly();
		});
		Outgoing third = publish(received(40, 3));
		publish(received(40, 1));

		assertThat(node.sequences().find(first)).map(Sequenced::sequence).contains(1L);
		assertThat(node.sequences().find(third)).map(Sequenced::sequence).contains(2L);
		Outgoing neverNumbered = events.outgoing(received(40, 2)).orElseThrow();
		assertThat(node.sequences().find(neverNumbered)).isEmpty();
		assertThat(node.sequences().of(neverNumbered).sequence())
			.as("an event stored before numbers existed is numbered when it is sent")
			.isEqualTo(3);
	}

	/**
	 * Two changes to one conversation at once: the second waits in the database until the first commits, so it gets
	 * the next number however the two threads are scheduled after that.
	 */
	@Test
	void ofTwoChangesToOneKeyAtOnceTheSecondWaitsForTheFirstsCommitAndGetsTheNextNumber() throws Exception {
		publish(received(60, 1));
		CountDownLatch numbered = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
				sequences().on(received(60, 2));
				numbered.countDown();
				awaitLatch(commit);
			}));
			assertThat(numbered.await(30, TimeUnit.SECONDS)).isTrue();
			Future<?> second = threads.submit(() -> publish(received(60, 3)));
			await().atMost(Duration.ofSeconds(30)).until(() -> blockedSessions() > 0);
			assertThat(second).as("waiting for the first change's commit").isNotDone();

			commit.countDown();
			first.get(30, TimeUnit.SECONDS);
			second.get(30, TimeUnit.SECONDS);
		}
		finally {
			commit.countDown();
			threads.shutdownNow();
		}
		assertThat(sequences().find(events.outgoing(received(60, 2)).orElseThrow())).map(Sequenced::sequence)
			.contains(2L);
		assertThat(sequences().find(events.outgoing(received(60, 3)).orElseThrow())).map(Sequenced::sequence)
			.contains(3L);
	}

	@Test
	void aNumberIsForgottenOnlyOnceItsEventIsDoneAndNeverAParkedOnes() {
		kafka.create(conversations);
		Node node = node(1);
		kafka.limitRecords(conversations, true);
		Outgoing parked = publish(received(50, 1));
		assertThat(node.send(parked)).as("parked at its first refusal").isNull();
		kafka.limitRecords(conversations, false);
		Outgoing sent = publish(received(50, 2));
		assertThat(node.send(sent)).isNull();
		Outgoing waiting = publish(received(51, 3));
		publish(received(51, 4));

		node.order().forgetDoneBefore(Instant.now().plusSeconds(60));

		assertThat(node.sequences().find(sent)).as("done: forgotten").isEmpty();
		assertThat(node.sequences().find(parked)).as("parked: kept for an administrator").isPresent();
		assertThat(node.sequences().find(waiting)).as("not sent yet: kept").isPresent();
	}

	private static MessageReceived received(long conversation, long inbound) {
		return new MessageReceived(conversation, inbound, 3, 4, Visibility.PUBLIC, AT);
	}

	/** As a module does: the event published in the transaction of its change. */
	private Outgoing publish(Object event) {
		KeySequences sequences = sequences();
		new TransactionTemplate(transactions).executeWithoutResult(status -> sequences.on(event));
		return events.outgoing(event).orElseThrow();
	}

	private KeySequences sequences() {
		return new KeySequences(events, JdbcClient.create(db), new DuplicateSafeInsert(db), ownTransaction(),
				Clock.systemUTC());
	}

	/** Sessions of the database waiting for another's lock. */
	private static int blockedSessions() {
		String sql = TestDatabase.kind().equals("h2")
				? "select count(*) from information_schema.sessions where blocker_id is not null"
				: "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'";
		return JdbcClient.create(db).sql(sql).query(Integer.class).single();
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static TransactionTemplate ownTransaction() {
		TransactionTemplate own = new TransactionTemplate(transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return own;
	}

	private Node node(int parkAfter) {
		JdbcClient jdbc = JdbcClient.create(db);
		TransactionTemplate own = ownTransaction();
		KeySequences sequences = new KeySequences(events, jdbc, new DuplicateSafeInsert(db), own, Clock.systemUTC());
		KeyOrder order = new KeyOrder(jdbc, own, Clock.systemUTC());
		ExecutorService completions = Executors.newSingleThreadExecutor();
		KafkaSender sender = new KafkaSender(new KafkaProducer<>(new ProducerSettings(kafka.servers(),
				"test-node-" + nodes.size(), "", "", "").asProperties()), JsonMapper.builder().build(), completions,
				Clock.systemUTC(), new SimpleMeterRegistry());
		Node node = new Node(sequences, order, new InOrder(sequences, order, sender, parkAfter,
				new SimpleMeterRegistry()), sender, completions);
		nodes.add(node);
		return node;
	}

	/** One node's part of the module: the externalizer's hand-over is {@link #send}. */
	private record Node(KeySequences sequences, KeyOrder order, InOrder inOrder, KafkaSender sender,
			ExecutorService completions) {

		/** Offers the event as the hand-over thread does and waits for the outcome: null when it is done. */
		Throwable send(Outgoing outgoing) {
			CompletableFuture<Object> sent = inOrder.send(outgoing);
			try {
				sent.get(30, TimeUnit.SECONDS);
				return null;
			}
			catch (ExecutionException failed) {
				return Refusals.cause(failed);
			}
			catch (Exception other) {
				throw new AssertionError("no answer from Kafka", other);
			}
		}

		void close() {
			sender.close();
			completions.shutdown();
		}

	}

}
