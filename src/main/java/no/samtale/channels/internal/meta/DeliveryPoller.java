package no.samtale.channels.internal.meta;

import java.time.Duration;
import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import no.samtale.platform.BackgroundLoop;

/**
 * Works through the stored deliveries: one thread per node claims waiting ones in batches, oldest first, and
 * hands each batch to the {@link MetaDeliveryProcessor}. The writer wakes it after each commit, so a delivery is
 * processed within milliseconds; otherwise it looks every second, which also finds deliveries stored by other
 * nodes, left by a node that died, or due for another attempt. One thread keeps processing from crowding out
 * the webhook's own writes during a burst, and keeps a node's deliveries in order. While the writer is busy
 * (its commits carry many deliveries each) the poller also pauses between batches: processing costs several
 * times what storing does, and during a burst the cores are better spent acknowledging Meta in time; the
 * backlog is worked off at full speed once the burst is over. A round that fails (the database may be away for a
 * while) leaves what it claimed to be claimed again: by this node when it restarts, else when the lease ends.
 */
@Component
class DeliveryPoller extends BackgroundLoop {

	static final int BATCH = 50;

	/** A commit with this many deliveries means requests are queueing for the writer: a burst. */
	static final int BURST_BATCH = 8;

	private static final long BURST_PAUSE_MILLIS = 200;

	private static final long BURST_LINGER_NANOS = 1_000_000_000L;

	private volatile long lastBurstNanos = System.nanoTime() - 2 * BURST_LINGER_NANOS;

	private final MetaDeliveries deliveries;

	private final MetaDeliveryProcessor processor;

	/** Started before the writer (and the web server), stopped after them; the batch in hand finishes. */
	DeliveryPoller(MetaDeliveries deliveries, MetaDeliveryProcessor processor) {
		super("meta-delivery-poller", Duration.ofSeconds(1), Duration.ofSeconds(18),
				SmartLifecycle.DEFAULT_PHASE - 8192);
		this.deliveries = deliveries;
		this.processor = processor;
	}

	/** This many new deliveries were committed in one transaction: look now rather than at the next tick. */
	void wake(int committed) {
		if (committed >= BURST_BATCH) {
			lastBurstNanos = System.nanoTime();
		}
		wake();
	}

	@Override
	protected boolean runOnce() throws InterruptedException {
		List<MetaDeliveries.Claimed> claimed = deliveries.claim(BATCH);
		if (claimed.isEmpty()) {
			return false;
		}
		processor.processAll(claimed);
		if (inBurst()) {
			Thread.sleep(BURST_PAUSE_MILLIS);
		}
		return true;
	}

	private boolean inBurst() {
		return System.nanoTime() - lastBurstNanos < BURST_LINGER_NANOS;
	}

}
