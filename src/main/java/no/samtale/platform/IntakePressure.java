package no.samtale.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Whether the node's intake of outside deliveries (Meta's webhook) is in a burst right now. During a burst the two
 * cores are best spent acknowledging deliveries, which Meta retries and finally drops when they are slow, and turning
 * them into inbound messages; the work downstream of that (threading, counting, indexing, journaling, which
 * {@link BulkWork} runs) waits until the burst has passed and then works off what gathered, in larger batches. It
 * never waits longer than {@link #LONGEST_WAIT}, so a burst that does not end cannot starve it.
 */
@Component
public class IntakePressure {

	/** Deliveries a second above which the intake is in a burst rather than a busy day's steady flow. */
	static final int BURST_PER_SECOND = 200;

	/** The longest background bulk work waits for a burst to pass. */
	static final Duration LONGEST_WAIT = Duration.ofSeconds(15);

	private static final long WINDOW_NANOS = Duration.ofMillis(250).toNanos();

	/** A burst counts as over this long after the last window that was over the rate. */
	private static final long CALM_AFTER_NANOS = Duration.ofMillis(500).toNanos();

	private final AtomicLong windowStart = new AtomicLong(System.nanoTime());

	private final AtomicInteger inWindow = new AtomicInteger();

	private volatile long burstSeenAt = System.nanoTime() - CALM_AFTER_NANOS;

	/** Counts deliveries just stored. */
	public void arrived(int deliveries) {
		long now = System.nanoTime();
		long start = windowStart.get();
		if (now - start > WINDOW_NANOS && windowStart.compareAndSet(start, now)) {
			inWindow.set(0);
		}
		if (inWindow.addAndGet(deliveries) * (Duration.ofSeconds(1).toNanos() / WINDOW_NANOS) > BURST_PER_SECOND) {
			burstSeenAt = now;
		}
	}

	public boolean inBurst() {
		return System.nanoTime() - burstSeenAt < CALM_AFTER_NANOS;
	}

	/** Waits while a burst lasts, at most {@link #LONGEST_WAIT}. */
	void awaitCalm() throws InterruptedException {
		long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
		while (inBurst() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

}
