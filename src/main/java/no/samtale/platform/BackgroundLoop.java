package no.samtale.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * A thread of a node's own that repeats one round of work from start to stop, for work that must run continuously
 * and at once (the webhook writer and poller, the search rebuild); persistent, cluster-wide work belongs in
 * db-scheduler instead. The thread starts and stops with the Spring context in the phase the subclass chooses. A
 * round that finds nothing to do waits for {@link #wake()} or its idle time; a round that throws is logged (by
 * exception class, never its message, which may quote personal data) and the loop carries on after a pause. Stopping
 * lets the round in hand finish, runs {@link #afterLastRound()} on the loop's thread, and waits at most the stop
 * window (which must fit in {@code spring.lifecycle.timeout-per-shutdown-phase}) before it interrupts the thread.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

	private final String name;

	private final Duration idle;

	private final Duration stopWithin;

	private final int phase;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private volatile Thread thread;

	/**
	 * @param name the thread's name
	 * @param idle how long a round that found nothing waits before the next, unless woken; also the pause after a
	 * round that failed
	 * @param stopWithin how long stopping waits for the round in hand and {@link #afterLastRound()}
	 * @param phase the lifecycle phase: higher starts later and stops earlier
	 */
	protected BackgroundLoop(String name, Duration idle, Duration stopWithin, int phase) {
		this.name = name;
		this.idle = idle;
		this.stopWithin = stopWithin;
		this.phase = phase;
	}

	/**
	 * One round of work. Answers true when more may be waiting, so the next round follows at once, and false to wait
	 * for {@link #wake()} or the idle time.
	 */
	protected abstract boolean runOnce() throws InterruptedException;

	/** Runs on the loop's thread once the last round is over: finish or hand back what is still in hand. */
	protected void afterLastRound() {
	}

	/** Ends the current idle wait, or the next one if the loop is busy: there is work now. */
	public void wake() {
		if (wakeUp.availablePermits() == 0) {
			wakeUp.release();
		}
	}

	private void loop() {
		try {
			while (running) {
				try {
					if (!runOnce()) {
						wakeUp.tryAcquire(idle.toMillis(), TimeUnit.MILLISECONDS);
						wakeUp.drainPermits();
					}
				}
				catch (RuntimeException e) {
					log.warn("Background loop {} failed a round, trying again shortly: {}", name, e.getClass().getName());
					Thread.sleep(idle.toMillis());
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			try {
				afterLastRound();
			}
			catch (RuntimeException e) {
				log.warn("Background loop {} failed to finish: {}", name, e.getClass().getName());
			}
		}
	}

	@Override
	public void start() {
		running = true;
		Thread started = new Thread(this::loop, name);
		started.setDaemon(true);
		thread = started;
		started.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread stopping = thread;
		if (stopping == null) {
			return;
		}
		wake();
		try {
			stopping.join(stopWithin.toMillis());
			if (stopping.isAlive()) {
				log.warn("Background loop {} did not stop within {}; interrupting it", name, stopWithin);
				stopping.interrupt();
				stopping.join(1000);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return phase;
	}

}
