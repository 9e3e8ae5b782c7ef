package no.samtale.channels.internal.hooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.Platform;
import no.samtale.platform.BackgroundLoop;

/**
 * Works through the stored X and LinkedIn deliveries, oldest first; woken by each stored delivery, else it looks
 * every second (which also finds those left by a node that died). Each delivery is its own transaction, so one bad
 * delivery is recorded with its error and the others still arrive. A delivery that failed for a reason that may
 * pass (the database) is tried again with backoff, at most {@value #MAX_ATTEMPTS} times.
 */
@Component
public class HookPoller extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(HookPoller.class);

	static final int MAX_ATTEMPTS = 5;

	private final Map<Platform, HookProcessor> processors;

	private final TransactionTemplate transaction;

	private HookDeliveries deliveries;

	HookPoller(List<HookProcessor> processors, PlatformTransactionManager transactions) {
		super("hook-delivery-poller", Duration.ofSeconds(1), Duration.ofSeconds(10), SmartLifecycle.DEFAULT_PHASE - 8192);
		this.processors = processors.stream().collect(Collectors.toMap(HookProcessor::platform, Function.identity()));
		this.transaction = new TransactionTemplate(transactions);
	}

	void deliveries(HookDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	protected boolean runOnce() {
		if (deliveries == null) {
			return false;
		}
		List<HookDeliveries.Claimed> claimed = deliveries.claim(50);
		claimed.forEach(this::processOne);
		return !claimed.isEmpty();
	}

	/** Processes what waits now, on the caller's thread; for tests, which must not wait for the loop. */
	public void drain() {
		while (runOnce()) {
			// until nothing waits
		}
	}

	private void processOne(HookDeliveries.Claimed delivery) {
		HookProcessor processor = processors.get(delivery.platform());
		if (processor == null) {
			deliveries.finished(delivery.id(), HookDeliveries.State.FAILED, null, "No processor for this platform");
			return;
		}
		try {
			transaction.executeWithoutResult(status -> {
				HookProcessor.Outcome outcome = processor.process(delivery.payload());
				deliveries.finished(delivery.id(), outcome.state(), outcome.eventType(), outcome.note());
			});
		}
		catch (RuntimeException e) {
			// The message may quote the payload (personal data); the class name is enough to go on.
			log.warn("A {} webhook delivery could not be processed: {}", delivery.platform(), e.getClass().getName());
			String error = e.getClass().getSimpleName();
			if (delivery.attempts() >= MAX_ATTEMPTS) {
				deliveries.finished(delivery.id(), HookDeliveries.State.FAILED, null, "Gave up: " + error);
			}
			else {
				deliveries.retryLater(delivery.id(), error, Duration.ofSeconds(5L << Math.min(delivery.attempts(), 6)));
			}
		}
	}

}
