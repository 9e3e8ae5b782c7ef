package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.IntegrationTest;

/**
 * The citizens' messages are counted from the inbox's feed by a cursor, exactly once: a round that crashes before
 * its commit leaves nothing counted and the next (on a node that restarted, with nothing in memory) counts it all
 * once; a message that commits after a higher-numbered one is counted, once, and not passed over; a hole that never
 * fills is passed after the grace. The background follower is stopped meanwhile, so each round here is the only one.
 */
@AlsoOnTheEmbeddedDatabase
class InboxFollowingIntegrationTests extends IntegrationTest {

	@Autowired
	InboxFollowing following;

	@Autowired
	InboxFollower follower;

	@Autowired
	FollowCursors cursors;

	@Autowired
	no.samtale.inbox.InboxMessageFeed feed;

	@Autowired
	AccountDayStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final long account = 800_000 + ThreadLocalRandom.current().nextInt(100_000);

	private final long team = 800_000 + ThreadLocalRandom.current().nextInt(100_000);

	private final LocalDate day = LocalDate.of(2002, 1, 8 + ThreadLocalRandom.current().nextInt(20));

	@BeforeEach
	void quietFollower() {
		follower.stop();
	}

	@AfterEach
	void followerAgain() {
		follower.start();
	}

	@Test
	void aRoundThatCrashesBeforeItsCommitIsCountedOnceByTheNextAfterARestart() {
		long conversation = conversation("Spørsmål om barnetrygden og utbetalingsdatoen");
		message(conversation, "PUBLIC", 9);
		message(conversation, "PUBLIC", 10);
		long last = message(conversation, "PRIVATE", 11);
		TransactionTemplate crashing = new TransactionTemplate(transactions);

		crashing.executeWithoutResult(status -> {
			LateCommits memory = new LateCommits(Duration.ofSeconds(2));
			await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
				following.round(memory);
				return cursors.place(InboxFollowing.FEED) >= last;
			});
			assertThat(today().comments()).as("counted inside the round's transaction").isEqualTo(2);
			status.setRollbackOnly();
		});
		assertThat(store.between(account, day, day)).as("the crash took the counts with the cursor").isEmpty();
		assertThat(cursors.place(InboxFollowing.FEED)).isLessThan(last);
		assertThat(facts(conversation)).isZero();

		LateCommits restarted = new LateCommits(Duration.ofSeconds(2));
		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
			following.round(restarted);
			return cursors.place(InboxFollowing.FEED) >= last;
		});
		following.round(restarted);
		following.round(new LateCommits(Duration.ofSeconds(2)));

		assertThat(today().comments()).isEqualTo(2);
		assertThat(today().privateMessages()).isEqualTo(1);
		assertThat(facts(conversation)).isOne();
		assertThat(openedAt(conversation)).as("opened when its first message arrived").isEqualTo(at(9));
		assertThat(word("barnetrygden")).as("its words counted once, in the week of its first message").isEqualTo(1);
	}

	@Test
	void aConversationWhoseTextWasErasedIsCountedWithoutItsWords() {
		long conversation = conversation("");
		long erased = message(conversation, "PUBLIC", 9);
		jdbc.sql("update inbox_message set body = null where id = :id").param("id", erased).update();

		LateCommits memory = new LateCommits(Duration.ofSeconds(2));
		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
			following.round(memory);
			return cursors.place(InboxFollowing.FEED) >= erased;
		});

		assertThat(today().comments()).isEqualTo(1);
		assertThat(facts(conversation)).isOne();
	}

	@Test
	void aMessageThatCommitsAfterAHigherNumberedOneIsCountedOnceAndNotPassedOver() throws Exception {
		long conversation = conversation("Når kommer pengene");
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		TransactionTemplate own = new TransactionTemplate(transactions);
		own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		AtomicLong lateId = new AtomicLong();
		CompletableFuture<Long> late = CompletableFuture.supplyAsync(() -> own.execute(status -> {
			long id = message(conversation, "PUBLIC", 9);
			lateId.set(id);
			inserted.countDown();
			try {
				assertThat(commit.await(60, TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return id;
		}));
		assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
		long overtaking = message(conversation, "PRIVATE", 10);
		LateCommits memory = new LateCommits(Duration.ofSeconds(30));
		try {
			// Everything before the late message settles; the cursor stops there while it is in flight.
			for (int round = 0; round < 5; round++) {
				following.round(memory);
			}
			assertThat(lateId.get()).isLessThan(overtaking);
			assertThat(cursors.place(InboxFollowing.FEED)).isLessThan(lateId.get());
			assertThat(store.between(account, day, day)).as("the overtaking message waits for the late one").isEmpty();
		}
		finally {
			commit.countDown();
		}
		assertThat(late.get(30, TimeUnit.SECONDS)).isEqualTo(lateId.get());

		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
			following.round(memory);
			return cursors.place(InboxFollowing.FEED) >= overtaking;
		});
		following.round(memory);
		following.round(new LateCommits(Duration.ZERO));

		assertThat(today().comments()).isEqualTo(1);
		assertThat(today().privateMessages()).isEqualTo(1);
	}

	@Test
	void aHoleThatNeverFillsIsPassedAfterTheGrace() {
		long conversation = conversation("Søknad om dagpenger");
		TransactionTemplate rolledBack = new TransactionTemplate(transactions);
		long hole = rolledBack.execute(status -> {
			status.setRollbackOnly();
			return message(conversation, "PUBLIC", 9);
		});
		long after = message(conversation, "PUBLIC", 10);
		assertThat(hole).isLessThan(after);
		LateCommits memory = new LateCommits(Duration.ofSeconds(1));

		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
			following.round(memory);
			return cursors.place(InboxFollowing.FEED) >= after;
		});
		following.round(memory);

		assertThat(today().comments()).isEqualTo(1);
	}

	@Test
	void aMessageThatCannotBeCountedIsPassedRecordedAndShownToAnAdministrator() {
		long conversation = conversation("Spørsmål om sykepenger");
		long unreadable = message(conversation, "PUBLIC", 9);
		long next = message(conversation, "PRIVATE", 10);
		LateCommits memory = new LateCommits(Duration.ofSeconds(1));
		// Count one message at a time up to the one that cannot be counted, as the follower does after a failed round.
		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
			Long place = cursors.place(InboxFollowing.FEED);
			if (place != null && feed.idsAfter(place, 1).equals(java.util.List.of(unreadable))) {
				return true;
			}
			following.round(memory, 1);
			return false;
		});

		assertThat(following.skipNext(memory, "java.lang.IllegalStateException")).isEqualTo(unreadable);
		await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
			following.round(memory);
			return cursors.place(InboxFollowing.FEED) >= next;
		});

		assertThat(today().comments()).as("the passed message is not counted").isZero();
		assertThat(today().privateMessages()).as("the one after it is").isEqualTo(1);
		var status = api().asDemo("admin").get("/api/v1/admin/analytics/follower");
		assertThat(status.status()).isEqualTo(200);
		assertThat(status.json().path("skipped").asLong()).isPositive();
		assertThat(status.json().path("latestSkips").toString()).contains("\"messageId\":" + unreadable)
			.contains("java.lang.IllegalStateException");
		assertThat(status.json().path("place").asLong()).isGreaterThanOrEqualTo(next);
		assertThat(api().asDemo("analytiker").get("/api/v1/admin/analytics/follower").status()).isEqualTo(403);
	}

	private AccountDayStore.AccountDay today() {
		var days = store.between(account, day, day);
		assertThat(days).hasSize(1);
		return days.get(0);
	}

	private Instant at(int hour) {
		return day.atTime(hour, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
	}

	private long conversation(String subject) {
		Timestamp opened = Timestamp.from(at(9));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into inbox_conversation (account_id, team_id, kind, thread_key, status, subject,
				    correspondent_name, correspondent_external_id, opened_at, waiting_since, last_inbound_at,
				    last_activity_at)
				values (:account, :team, 'PUBLIC', :thread, 'NEW', :subject, 'Borger', 'u-1', :at, :at, :at, :at)
				""")
			.param("account", account)
			.param("team", team)
			.param("thread", "following-" + ThreadLocalRandom.current().nextLong())
			.param("subject", subject)
			.param("at", opened)
			.update(key, "id");
		return key.getKey().longValue();
	}

	private long message(long conversation, String visibility, int hour) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into inbox_message (conversation_id, direction, visibility, author_name, body, created_at)
				values (:conversation, 'IN', :visibility, 'Borger', 'Hei', :at)
				""")
			.param("conversation", conversation)
			.param("visibility", visibility)
			.param("at", Timestamp.from(at(hour)))
			.update(key, "id");
		return key.getKey().longValue();
	}

	private int facts(long conversation) {
		return jdbc.sql("select count(*) from analytics_conversation_fact where conversation_id = :id")
			.param("id", conversation)
			.query(Integer.class)
			.single();
	}

	private Instant openedAt(long conversation) {
		return jdbc.sql("select opened_at from analytics_conversation_fact where conversation_id = :id")
			.param("id", conversation)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private int word(String word) {
		return jdbc.sql("""
				select coalesce(sum(conversations), 0) from analytics_inbox_word where team_id = :team and word = :word
				""")
			.param("team", team)
			.param("word", word)
			.query(Integer.class)
			.single();
	}

}
