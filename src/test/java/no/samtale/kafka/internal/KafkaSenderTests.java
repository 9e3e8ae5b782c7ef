package no.samtale.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import no.samtale.publishing.PostPublished;

/** The sender against Kafka's own in-memory producer, which lets a test decide when and how each send ends. */
class KafkaSenderTests {

	private final MockProducer<String, String> producer = new MockProducer<>(false, null, new StringSerializer(),
			new StringSerializer());

	private final MovableClock clock = new MovableClock();

	private final KafkaSender sender = new KafkaSender(producer, JsonMapper.builder().build(), Runnable::run, clock,
			new SimpleMeterRegistry());

	private final Outgoing post = new ExternalEvents("samtale.")
		.outgoing(new PostPublished(42, 4, 3, Instant.parse("2026-12-05T09:00:00Z")))
		.orElseThrow();

	@Test
	void aSendIsDoneOnlyWhenKafkaAcknowledgedIt() {
		CompletableFuture<RecordMetadata> sent = sender.send(post);
		assertThat(sent).isNotDone();

		producer.completeNext();

		assertThat(sent).isCompleted();
		var record = producer.history().get(0);
		assertThat(record.topic()).isEqualTo("samtale.publishing.posts");
		assertThat(record.key()).isEqualTo("42");
		assertThat(new String(record.headers().lastHeader("samtale-event-id").value(), StandardCharsets.UTF_8))
			.isEqualTo(post.envelope().id());
		assertThat(record.value()).contains("\"type\":\"publishing.post-published\"", "\"postId\":42");
	}

	@Test
	void theEventsNumberAmongItsKeysEventsIsInTheValueAndAHeader() {
		sender.send(post.withSequence(7));
		producer.completeNext();

		var record = producer.history().get(0);
		assertThat(new String(record.headers().lastHeader("samtale-event-sequence").value(), StandardCharsets.UTF_8))
			.isEqualTo("7");
		assertThat(record.value()).contains("\"sequence\":7");
	}

	@Test
	void aRecordRefusedForItselfDoesNotHoldBackTheOtherEvents() {
		CompletableFuture<RecordMetadata> tooLarge = sender.send(post);
		producer.errorNext(new RecordTooLargeException("too large"));
		assertThat(tooLarge).isCompletedExceptionally();

		CompletableFuture<RecordMetadata> next = sender.send(post);

		assertThat(producer.history()).as("handed to the producer at once").hasSize(2);
		producer.completeNext();
		assertThat(next).isCompleted();
		assertThat(sender.delivering()).isTrue();
	}

	@Test
	void afterAFailureSendsAreRefusedAtOnceForAFewSecondsWithoutWaitingOnKafka() {
		CompletableFuture<RecordMetadata> first = sender.send(post);
		producer.errorNext(new TimeoutException("no metadata"));
		assertThat(first).isCompletedExceptionally();

		CompletableFuture<RecordMetadata> refused = sender.send(post);

		assertThat(refused).isCompletedExceptionally();
		assertThat(producer.history()).as("not handed to the producer").hasSize(1);

		clock.advanceSeconds(KafkaSender.PAUSE_AFTER_FAILURE.toSeconds() + 1);
		CompletableFuture<RecordMetadata> tried = sender.send(post);
		producer.completeNext();

		assertThat(tried).isCompleted();
		assertThat(producer.history()).hasSize(2);
	}

	@Test
	void kafkasAnswerIsRecordedOnTheCompletionsExecutorNotOnTheProducersThread() {
		List<Runnable> completions = new ArrayList<>();
		KafkaSender queued = new KafkaSender(producer, JsonMapper.builder().build(), completions::add, clock,
				new SimpleMeterRegistry());
		CompletableFuture<RecordMetadata> sent = queued.send(post);

		producer.completeNext();

		assertThat(sent).as("not on the thread that got Kafka's answer").isNotDone();
		assertThat(completions).hasSize(1);
		completions.get(0).run();
		assertThat(sent).isCompleted();
		assertThat(queued.delivering()).isTrue();
	}

	@Test
	void aRefusalIsKnownUntilASendGetsThroughAgain() {
		sender.send(post);
		producer.errorNext(new TimeoutException("no metadata"));
		assertThat(sender.mayTry()).isFalse();
		assertThat(sender.delivering()).isFalse();

		clock.advanceSeconds(KafkaSender.PAUSE_AFTER_FAILURE.toSeconds() + 1);
		assertThat(sender.mayTry()).isTrue();
		assertThat(sender.delivering()).as("not before one got through").isFalse();
		sender.send(post);
		producer.completeNext();
		assertThat(sender.delivering()).isTrue();
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-05T09:00:00Z");

		void advanceSeconds(long seconds) {
			now = now.plusSeconds(seconds);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
