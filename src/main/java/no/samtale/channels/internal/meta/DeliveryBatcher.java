package no.samtale.channels.internal.meta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for webhook deliveries. Each request hands its signed body over and waits; one writer thread
 * stores whatever has gathered meanwhile in one transaction and then tells every waiting request. A commit
 * (an fsync on PostgreSQL) is the dearest part of storing a delivery, so under load one commit serves dozens of
 * requests, and when it is quiet a lone delivery is written at once. If the transaction fails, every request of
 * that batch learns it and answers 5xx, so Meta sends again.
 */
@Component
class DeliveryBatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryBatcher.class);

	/** Rows per transaction: enough to ride out a burst, few enough to keep one commit short. */
	static final int MAX_BATCH = 250;

	private static final int MAX_BATCH_BYTES = 4 * MetaDeliveries.MAX_PAYLOAD;

	/** Bodies waiting for the writer; beyond this the database is not keeping up and a request is refused at once. */
	private static final int MAX_WAITING = 10_000;

	/** Thrown to the waiting request when its body was not stored. */
	static final class NotStored extends RuntimeException {

		NotStored(String message, Throwable cause) {
			super(message, cause);
		}

	}

	private record Waiting(MetaDeliveries.Signed body, CompletableFuture<Void> stored) {
	}

	private final BlockingQueue<Waiting> queue = new ArrayBlockingQueue<>(MAX_WAITING);

	private final MetaDeliveries deliveries;

	private final DeliveryPoller poller;

	private final TransactionTemplate transaction;

	private volatile Thread writer;

	private volatile boolean running;

	DeliveryBatcher(MetaDeliveries deliveries, DeliveryPoller poller, PlatformTransactionManager transactions) {
		this.deliveries = deliveries;
		this.poller = poller;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Queues a body for storing; the answer completes once it is committed (or was stored before), and fails
	 * when it could not be. Hashing and decoding happen here, on the request's thread, to keep the writer short.
	 */
	CompletableFuture<Void> store(byte[] body) {
		CompletableFuture<Void> stored = new CompletableFuture<>();
		if (!running) {
			stored.completeExceptionally(new NotStored("The delivery writer is not running", null));
			return stored;
		}
		Waiting waiting = new Waiting(new MetaDeliveries.Signed(sha256(body), new String(body, StandardCharsets.UTF_8)),
				stored);
		if (!queue.offer(waiting)) {
			stored.completeExceptionally(new NotStored("Too many deliveries waiting to be stored", null));
		}
		return stored;
	}

	private void writeUntilStopped() {
		List<Waiting> batch = new ArrayList<>(MAX_BATCH);
		while (running || !queue.isEmpty()) {
			try {
				Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				gather(batch, first.body().payload().length());
				write(batch);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			finally {
				batch.clear();
			}
		}
		failAll(queue, "The delivery writer stopped");
	}

	/** Adds what waits already, without waiting for more: a quiet moment is written at once. */
	private void gather(List<Waiting> batch, int bytes) {
		Waiting next;
		while (batch.size() < MAX_BATCH && bytes < MAX_BATCH_BYTES && (next = queue.poll()) != null) {
			batch.add(next);
			bytes += next.body().payload().length();
		}
	}

	private void write(List<Waiting> batch) {
		// Meta may send the same body twice within one batch; the insert's guard does not see its own batch.
		Map<String, MetaDeliveries.Signed> distinct = new LinkedHashMap<>();
		for (Waiting waiting : batch) {
			distinct.putIfAbsent(waiting.body().hash(), waiting.body());
		}
		try {
			transaction.executeWithoutResult(status -> deliveries.storeAll(List.copyOf(distinct.values())));
		}
		catch (RuntimeException e) {
			log.warn("A batch of {} Meta webhook deliveries could not be stored: {}", batch.size(),
					e.getClass().getName());
			batch.forEach(waiting -> waiting.stored().completeExceptionally(new NotStored("Not stored", e)));
			return;
		}
		batch.forEach(waiting -> waiting.stored().complete(null));
		poller.wake(distinct.size());
	}

	private static void failAll(BlockingQueue<Waiting> queue, String why) {
		Waiting left;
		while ((left = queue.poll()) != null) {
			left.stored().completeExceptionally(new NotStored(why, null));
		}
	}

	static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	@Override
	public void start() {
		running = true;
		Thread thread = new Thread(this::writeUntilStopped, "meta-delivery-writer");
		thread.setDaemon(true);
		thread.start();
		writer = thread;
	}

	/** Takes no new bodies, writes those that wait, and returns once they are written. */
	@Override
	public void stop() {
		running = false;
		Thread thread = writer;
		if (thread != null) {
			try {
				thread.join(10_000);
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

	/** Stopped after the web server has stopped taking requests, so the last ones are still written. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
