package no.samtale.platform.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Events between modules are stored with the transaction that raised them; a listener that throws leaves its
 * publication FAILED. Spring Modulith retries those only at start-up, so a transient failure (a lock timeout, a
 * pool briefly exhausted) would leave a citizen's message unthreaded or a figure uncounted until the next restart.
 * This task resubmits failed publications while the application runs. Only FAILED ones: a publication that is
 * merely waiting for a busy listener is left alone, because running it twice would count or notify twice.
 */
@Configuration(proxyBeanMethods = false)
class FailedEventRetry {

	static final String NAME = "event-publications-retry";

	/** Modulith's default batch of publications read per resubmission. */
	private static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

	private final IncompleteEventPublications incomplete;

	private final JdbcTemplate jdbc;

	private final Duration minimumAge;

	FailedEventRetry(IncompleteEventPublications incomplete, JdbcTemplate jdbc, MeterRegistry meters,
			@Value("${samtale.events.retry-failed-after:30s}") Duration minimumAge) {
		this.incomplete = incomplete;
		this.jdbc = jdbc;
		this.minimumAge = minimumAge;
		// Work in flight between modules: a value that only grows means a listener is stuck or failing.
		Gauge.builder("samtale.events.incomplete", this, FailedEventRetry::countIncomplete)
			.description("Event publications between modules not yet completed")
			.register(meters);
	}

	@Bean
	RecurringTask<Void> eventPublicationsRetry(@Value("${samtale.events.retry-interval:30s}") Duration interval) {
		return Tasks.recurring(NAME, FixedDelay.of(interval)).execute((instance, context) -> retryFailed());
	}

	/** Resubmits failed publications older than the configured age; returns how many were failed before. */
	int retryFailed() {
		return retryFailedOlderThan(minimumAge);
	}

	int retryFailedOlderThan(Duration age) {
		int failed = countFailed();
		if (failed > 0) {
			log.warn("Resubmitting {} failed event publication(s) between modules", failed);
			// At most one batch (100) in flight: Modulith reads "batch minus in flight" rows, a negative limit (more
			// in flight than a batch, say after Kafka's catch-up resubmitted 500) is an error on PostgreSQL.
			incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(age)
				.withMaxInFlight(BATCH));
		}
		return failed;
	}

	private int countFailed() {
		Integer count = jdbc.queryForObject(
				"select count(*) from event_publication where status = 'FAILED' and completion_date is null",
				Integer.class);
		return count == null ? 0 : count;
	}

	private double countIncomplete() {
		try {
			Integer count = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
					Integer.class);
			return count == null ? 0 : count;
		}
		catch (RuntimeException unavailable) {
			return Double.NaN;
		}
	}

}
