package no.samtale.kafka.internal;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Sends the events that Kafka refused again soon after it is back, instead of at the pace of the general retry of
 * failed publications ({@code platform.FailedEventRetry}: 100 per 30 s, for every module's listeners). A job that
 * runs on one node at a time (db-scheduler): while the sender has just been refused it does nothing; when Kafka took
 * the last send it resubmits the failed Kafka publications in batches, oldest first, so a key's event that was
 * refused comes before the key's later events that waited for it ({@link InOrder}); otherwise it resubmits a few as
 * a probe, and the rest follow once one got through.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${samtale.kafka.bootstrap-servers:}'.isBlank()")
class KafkaCatchUp {

	static final String NAME = "kafka-events-catch-up";

	static final int BATCH = 500;

	static final int PROBE = 20;

	/** How long the number of an event Kafka has is kept (KeyOrder.forgetDoneBefore): past any restart. */
	static final Duration KEEP_DONE = Duration.ofDays(1);

	private static final String LISTENER = KafkaEventExternalizer.class.getName() + ".";

	private final IncompleteEventPublications incomplete;

	private final JdbcClient jdbc;

	private final KafkaSender sender;

	private final KeyOrder order;

	private final AbandonedSends abandoned;

	KafkaCatchUp(IncompleteEventPublications incomplete, JdbcClient jdbc, KafkaSender sender, KeyOrder order) {
		this.incomplete = incomplete;
		this.jdbc = jdbc;
		this.sender = sender;
		this.order = order;
		this.abandoned = new AbandonedSends(jdbc);
	}

	@Bean
	RecurringTask<Void> kafkaEventsCatchUp(@Value("${samtale.kafka.catch-up-interval:5s}") Duration interval) {
		return Tasks.recurring(NAME, FixedDelay.of(interval)).execute((instance, context) -> catchUp());
	}

	/** Resubmits failed Kafka publications when Kafka may take them; answers how many were failed. */
	int catchUp() {
		Instant now = Instant.now();
		order.forgetDoneBefore(now.minus(KEEP_DONE));
		abandoned.markFailed(now.minus(AbandonedSends.AFTER));
		if (!sender.mayTry()) {
			return 0;
		}
		int failed = jdbc.sql("""
				select count(*) from event_publication
				where status = 'FAILED' and completion_date is null and listener_id like :listener
				""").param("listener", LISTENER + "%").query(Integer.class).single();
		if (failed > 0) {
			int batch = sender.delivering() ? BATCH : PROBE;
			// Skipped while a batch is still in flight (Modulith reads "batch minus in flight" rows, and a negative
			// limit is an error on PostgreSQL).
			incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withBatchSize(batch)
				.withMaxInFlight(batch).withFilter(KafkaCatchUp::forKafka));
		}
		return failed;
	}

	private static boolean forKafka(EventPublication publication) {
		return publication instanceof TargetEventPublication target
				&& target.getTargetIdentifier().getValue().startsWith(LISTENER);
	}

}
