package no.samtale.channels.internal.meta;

import java.time.Duration;
import java.util.List;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import no.samtale.platform.BackgroundLoop;
import no.samtale.platform.IntakePressure;

/**
 * Works through the stored deliveries: one thread per node claims waiting ones in batches, oldest first, and
 * hands each batch to the {@link MetaDeliveryProcessor}. The writer wakes it after each commit, so a delivery is
 * processed within milliseconds; otherwise it looks every second, which also finds deliveries stored by other
 * nodes, left by a node that died, or due for another attempt. One thread, so processing holds at most one of the
 * pool's connections and the webhook's writer always finds one; it keeps a node's deliveries in order too. During
 * a burst it works on: new comments are written in bulk ({@link NewCommentsInBulk}), so a batch costs a few
 * statements and one commit, and the backlog is worked off as fast as it arrives; it only lets a batch's worth
 * gather between two batches ({@link #GATHER_IN_BURST}). A round that fails (the database
 * may be away for a while) leaves what it claimed to be claimed again: by this node when it restarts, else when
 * the lease ends.
 */
@Component
class DeliveryPoller extends BackgroundLoop {

	/** Deliveries per claim and transaction: a burst's worth of a second or so, one commit for them all. */
	static final int BATCH = 500;

	/**
	 * During a burst, how long the poller lets deliveries gather after a batch that was not full. A batch's cost is
	 * mostly per batch (a claim, a commit, one event for the downstream work); claiming whatever had arrived since the
	 * last one made batches of about 50 at 2,000 deliveries a second, and every delivery dearer.
	 */
	static final Duration GATHER_IN_BURST = Duration.ofMillis(200);

	private final MetaDeliveries deliveries;

	private final MetaDeliveryProcessor processor;

	private final IntakePressure pressure;

	/** Started before the writer (and the web server), stopped after them; the batch in hand finishes. */
	DeliveryPoller(MetaDeliveries deliveries, MetaDeliveryProcessor processor, IntakePressure pressure) {
		super("meta-delivery-poller", Duration.ofSeconds(1), Duration.ofSeconds(18),
				SmartLifecycle.DEFAULT_PHASE - 8192);
		this.deliveries = deliveries;
		this.processor = processor;
		this.pressure = pressure;
	}

	@Override
	protected boolean runOnce() throws InterruptedException {
		List<MetaDeliveries.Claimed> claimed = deliveries.claim(BATCH);
		if (claimed.isEmpty()) {
			return false;
		}
		processor.processAll(claimed);
		if (claimed.size() < BATCH && pressure.inBurst()) {
			Thread.sleep(GATHER_IN_BURST.toMillis());
		}
		return true;
	}

}
