package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import no.samtale.channels.OutboundAction;
import no.samtale.channels.Outbox;
import no.samtale.channels.OutboxEntry;
import no.samtale.channels.internal.OutboxDeliveryTask;
import no.samtale.channels.internal.OutboxStates;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * A reply whose attempt was cut off (the process died during the call, or no answer came back) is never simply
 * posted again: the comment's replies are read first, and the reply is posted only if the page's own is not there.
 * Graph API played by WireMock.
 */
class MetaReplyAfterACrashIntegrationTests extends IntegrationTest {

	private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
		.withZone(ZoneOffset.UTC);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	SchedulerClient scheduler;

	@Test
	void aReplyThatReachedMetaBeforeTheCrashIsFoundAndNotPostedAgain() {
		String comment = MetaDemo.PAGE_ID + "_crash" + System.nanoTime();
		String text = "Hei! Svaret kom fram. " + TestText.unique();
		stubReplies(comment, """
				{"id":"reply_%s","message":"%s","from":{"id":"%s"},"created_time":"%s"}""".formatted(comment, text,
				MetaDemo.PAGE_ID, GRAPH_TIME.format(Instant.now())));

		long entry = leftInFlightByACrash(comment, text, Instant.now().minus(OutboxStates.LONGEST_CALL));

		await().atMost(Duration.ofSeconds(15)).until(() -> outbox.get(entry).state() == OutboxEntry.State.SENT);
		assertThat(outbox.get(entry).externalResultId()).isEqualTo("reply_" + comment);
		GRAPH.verify(1, getRequestedFor(urlPathEqualTo("/" + comment + "/comments")));
		GRAPH.verify(0, postRequestedFor(urlPathEqualTo("/" + comment + "/comments")));
	}

	@Test
	void aReplyTheCrashStoppedBeforeItReachedMetaIsPostedOnce() {
		String comment = MetaDemo.PAGE_ID + "_lost" + System.nanoTime();
		String text = "Hei! Dette svaret nådde ikke fram. " + TestText.unique();
		stubReplies(comment, """
				{"id":"other","message":"%s","from":{"id":"24000000000001"},"created_time":"%s"}""".formatted(text,
				GRAPH_TIME.format(Instant.now())));
		GRAPH.stubFor(post(urlPathEqualTo("/" + comment + "/comments")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\":\"new_" + comment + "\"}")));

		long entry = leftInFlightByACrash(comment, text, Instant.now().minus(OutboxStates.LONGEST_CALL));

		await().atMost(Duration.ofSeconds(15)).until(() -> outbox.get(entry).state() == OutboxEntry.State.SENT);
		assertThat(outbox.get(entry).externalResultId()).isEqualTo("new_" + comment);
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + comment + "/comments")));
	}

	@Test
	void anAttemptWhoseCallMayStillBeUnderWayIsLookedUpOnlyOnceItIsCertainlyOver() {
		String comment = MetaDemo.PAGE_ID + "_slow" + System.nanoTime();
		Instant started = Instant.now();

		long entry = leftInFlightByACrash(comment, "Hei! " + TestText.unique(), started);

		await().atMost(Duration.ofSeconds(10)).until(() -> resumedAt(entry) != null);
		assertThat(Duration.between(OutboxStates.anInterruptedAttemptIsLookedUpAfter(started), resumedAt(entry)).abs())
			.isLessThan(Duration.ofSeconds(1));
		assertThat(outbox.get(entry).state()).isEqualTo(OutboxEntry.State.IN_FLIGHT);
		GRAPH.verify(0, getRequestedFor(urlPathEqualTo("/" + comment + "/comments")));
		GRAPH.verify(0, postRequestedFor(urlPathEqualTo("/" + comment + "/comments")));
	}

	@Test
	void aPostThatGotNoAnswerIsLookedUpBeforeTheNextAttemptAndNotPostedTwice() {
		String comment = MetaDemo.PAGE_ID + "_reset" + System.nanoTime();
		String text = "Hei! Svaret ble borte på veien. " + TestText.unique();
		// Meta takes the reply, but the connection breaks before its answer arrives.
		GRAPH.stubFor(post(urlPathEqualTo("/" + comment + "/comments"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		stubReplies(comment, """
				{"id":"reply_%s","message":"%s","from":{"id":"%s"},"created_time":"%s"}""".formatted(comment, text,
				MetaDemo.PAGE_ID, GRAPH_TIME.format(Instant.now())));

		long entry = outbox.enqueue(MetaReplyIntegrationTests.MetaHooksAccounts.demoPage(jdbc), OutboundAction.REPLY, comment, text,
				"crash-test-" + UUID.randomUUID());

		await().atMost(Duration.ofSeconds(30)).until(() -> outbox.get(entry).state() == OutboxEntry.State.SENT);
		assertThat(outbox.get(entry).externalResultId()).isEqualTo("reply_" + comment);
		assertThat(outbox.get(entry).attempts()).isEqualTo(2);
		GRAPH.verify(1, postRequestedFor(urlPathEqualTo("/" + comment + "/comments")));
	}

	private static void stubReplies(String comment, String reply) {
		GRAPH.stubFor(get(urlPathEqualTo("/" + comment + "/comments")).willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"data\":[" + reply + "]}")));
	}

	/**
	 * An entry as a process that died during its first attempt leaves it: in flight since {@code startedAt}, and its
	 * task run again, as db-scheduler does once the dead node's heartbeat has stopped.
	 */
	private long leftInFlightByACrash(String comment, String text, Instant startedAt) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into channels_outbox (account_id, idempotency_key, action, target_external_id, body, state,
				    attempts, created_at, next_attempt_at, attempt_started_at)
				values (:account, :key, 'REPLY', :target, :body, 'IN_FLIGHT', 1, :created, :created, :started)
				""")
			.param("account", MetaReplyIntegrationTests.MetaHooksAccounts.demoPage(jdbc))
			.param("key", "crash-test-" + UUID.randomUUID())
			.param("target", comment)
			.param("body", text)
			.param("created", Timestamp.from(startedAt.minusSeconds(1)))
			.param("started", Timestamp.from(startedAt))
			.update(key, "id");
		long id = key.getKey().longValue();
		scheduler.scheduleIfNotExists(OutboxDeliveryTask.instance(id, 0), Instant.now());
		return id;
	}

	private Instant resumedAt(long entry) {
		return jdbc.sql("select execution_time from scheduled_tasks where task_instance = :instance")
			.param("instance", entry + ":1:resumed")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
	}

}
