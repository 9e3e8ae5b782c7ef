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
 * nodes, left by a node that died, or due for another attempt. One thread, so processing holds at most one of the
 * pool's connections and the webhook's writer always finds one; it keeps a node's deliveries in order too. It does
 * not pause during a burst: new comments are written in bulk ({@link NewCommentsInBulk}), so a batch costs a few
 * statements and one commit, and the backlog is worked off as fast as it arrives. A round that fails (the database
 * may be away for a while) leaves what it claimed to be claimed again: by this node when it restarts, else when
 * the lease ends.
 */
@Component
class DeliveryPoller extends BackgroundLoop {

	/** Deliveries per claim and transaction: a burst's worth of a second or so, one commit for them all. */
	static final int BATCH = 500;

	private final MetaDeliveries deliveries;

	private final MetaDeliveryProcessor processor;

	/** Started before the writer (and the web server), stopped after them; the batch in hand finishes. */
	DeliveryPoller(MetaDeliveries deliveries, MetaDeliveryProcessor processor) {
		super("meta-delivery-poller", Duration.ofSeconds(1), Duration.ofSeconds(18),
				SmartLifecycle.DEFAULT_PHASE - 8192);
		this.deliveries = deliveries;
		this.processor = processor;
	}

	@Override
	protected boolean runOnce() {
		List<MetaDeliveries.Claimed> claimed = deliveries.claim(BATCH);
		if (claimed.isEmpty()) {
			return false;
		}
		processor.processAll(claimed);
		return true;
	}

}
