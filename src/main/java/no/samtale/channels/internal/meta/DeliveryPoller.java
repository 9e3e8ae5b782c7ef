package no.samtale.channels.internal.meta;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works through the stored deliveries: one thread per node claims waiting ones in batches, oldest first, and
 * hands each batch to the {@link MetaDeliveryProcessor}. The writer wakes it after each commit, so a delivery is
 * processed within milliseconds; otherwise it looks every second, which also finds deliveries stored by other
 * nodes, left by a node that died, or due for another attempt. One thread keeps processing from crowding out
 * the webhook's own writes during a burst, and keeps a node's deliveries in order. While the writer is busy
 * (its commits carry many deliveries each) the poller also pauses between batches: processing costs several
 * times what storing does, and during a burst the cores are better spent acknowledging Meta in time; the
 * backlog is worked off at full speed once the burst is over.
 */
@Component
class DeliveryPoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryPoller.class);

	static final int BATCH = 50;

	private static final long IDLE_POLL_MILLIS = 1000;

	/** A commit with this many deliveries means requests are queueing for the writer: a burst. */
	static final int BURST_BATCH = 8;

	private static final long BURST_PAUSE_MILLIS = 200;

	private static final long BURST_LINGER_NANOS = 1_000_000_000L;

	private volatile long lastBurstNanos = System.nanoTime() - 2 * BURST_LINGER_NANOS;

	private final MetaDeliveries deliveries;

	private final MetaDeliveryProcessor processor;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private volatile Thread thread;

	DeliveryPoller(MetaDeliveries deliveries, MetaDeliveryProcessor processor) {
		this.deliveries = deliveries;
		this.processor = processor;
	}

	/** This many new deliveries were committed in one transaction: look now rather than at the next tick. */
	void wake(int committed) {
		if (committed >= BURST_BATCH) {
			lastBurstNanos = System.nanoTime();
		}
		if (wakeUp.availablePermits() == 0) {
			wakeUp.release();
		}
	}

	private void pollUntilStopped() {
		while (running) {
			try {
				List<MetaDeliveries.Claimed> claimed = deliveries.claim(BATCH);
				if (claimed.isEmpty()) {
					wakeUp.tryAcquire(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
					wakeUp.drainPermits();
				}
				else {
					processor.processAll(claimed);
					if (inBurst()) {
						Thread.sleep(BURST_PAUSE_MILLIS);
					}
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				// The database may be away for a while; what was claimed is claimed again when its lease ends.
				log.warn("Processing Meta webhook deliveries failed, trying again shortly: {}", e.getClass().getName());
				pause();
			}
		}
	}

	private boolean inBurst() {
		return System.nanoTime() - lastBurstNanos < BURST_LINGER_NANOS;
	}

	private void pause() {
		try {
			Thread.sleep(IDLE_POLL_MILLIS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		running = true;
		Thread poller = new Thread(this::pollUntilStopped, "meta-delivery-poller");
		poller.setDaemon(true);
		poller.start();
		thread = poller;
	}

	/** Lets the batch in hand finish; what is still waiting stays in the table for the next start. */
	@Override
	public void stop() {
		running = false;
		Thread poller = thread;
		if (poller != null) {
			wake(0);
			try {
				poller.join(20_000);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stopped after the writer (and the web server), started before them. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 8192;
	}

}
