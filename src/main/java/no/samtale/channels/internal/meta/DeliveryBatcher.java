package no.samtale.channels.internal.meta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.platform.BackgroundLoop;
import no.samtale.platform.IntakePressure;

/**
 * Group commit for webhook deliveries. Each request hands its signed body over and waits; one writer thread
 * stores whatever has gathered meanwhile in one transaction and then tells every waiting request. A commit
 * (an fsync on PostgreSQL) is the dearest part of storing a delivery, so under load one commit serves dozens of
 * requests, and when it is quiet a lone delivery is written at once. If the database refuses a batch's data, its
 * deliveries are written again one at a time, so one that cannot be stored fails alone: its request answers 5xx
 * (Meta sends it again) and the others are acknowledged. What the database cannot hold (NUL) never reaches it.
 */
@Component
class DeliveryBatcher extends BackgroundLoop {

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

	record Waiting(MetaDeliveries.Signed body, CompletableFuture<Void> stored) {
	}

	private final BlockingQueue<Waiting> queue = new ArrayBlockingQueue<>(MAX_WAITING);

	private final MetaDeliveries deliveries;

	private final DeliveryPoller poller;

	private final TransactionTemplate transaction;

	private final IntakePressure pressure;

	/** Stopped after the web server has stopped taking requests, so the last ones are still written. */
	DeliveryBatcher(MetaDeliveries deliveries, DeliveryPoller poller, PlatformTransactionManager transactions,
			IntakePressure pressure) {
		super("meta-delivery-writer", Duration.ofMillis(200), Duration.ofSeconds(10),
				SmartLifecycle.DEFAULT_PHASE - 4096);
		this.deliveries = deliveries;
		this.poller = poller;
		this.transaction = new TransactionTemplate(transactions);
		this.pressure = pressure;
	}

	/**
	 * Queues a body for storing; the answer completes once it is committed (or was stored before), and fails
	 * when it could not be. Hashing and decoding happen here, on the request's thread, to keep the writer short. The
	 * hash is of the bytes as signed, so Meta's retry of the same bytes is known again.
	 */
	CompletableFuture<Void> store(byte[] body) {
		return store(new MetaDeliveries.Signed(sha256(body),
				WebhookText.storable(new String(body, StandardCharsets.UTF_8))));
	}

	CompletableFuture<Void> store(MetaDeliveries.Signed body) {
		CompletableFuture<Void> stored = new CompletableFuture<>();
		if (!isRunning()) {
			stored.completeExceptionally(new NotStored("The delivery writer is not running", null));
			return stored;
		}
		Waiting waiting = new Waiting(body, stored);
		if (!queue.offer(waiting)) {
			stored.completeExceptionally(new NotStored("Too many deliveries waiting to be stored", null));
		}
		return stored;
	}

	/** Writes what has gathered; waits briefly for a first body, so that stopping is noticed. */
	@Override
	protected boolean runOnce() throws InterruptedException {
		Waiting first = queue.poll(200, TimeUnit.MILLISECONDS);
		if (first != null) {
			writeNextBatch(first);
		}
		return true;
	}

	/** Takes no new bodies: writes those that wait, and refuses any that slipped in after. */
	@Override
	protected void afterLastRound() {
		Waiting next;
		while ((next = queue.poll()) != null) {
			writeNextBatch(next);
		}
		failAll(queue, "The delivery writer stopped");
	}

	private void writeNextBatch(Waiting first) {
		List<Waiting> batch = new ArrayList<>(MAX_BATCH);
		batch.add(first);
		gather(batch, first.body().payload().length());
		write(batch);
	}

	/** Adds what waits already, without waiting for more: a quiet moment is written at once. */
	private void gather(List<Waiting> batch, int bytes) {
		Waiting next;
		while (batch.size() < MAX_BATCH && bytes < MAX_BATCH_BYTES && (next = queue.poll()) != null) {
			batch.add(next);
			bytes += next.body().payload().length();
		}
	}

	/**
	 * One transaction for the batch. If the database refused the data of one of them, one transaction for each, so
	 * that the bad one fails alone; if the database itself failed (it is away, say), trying each alone would only
	 * wait on it once per delivery, so all fail together and Meta sends them again.
	 */
	void write(List<Waiting> batch) {
		// Meta may send the same body twice within one batch; the insert's guard does not see its own batch.
		Map<String, List<Waiting>> distinct = new LinkedHashMap<>();
		for (Waiting waiting : batch) {
			distinct.computeIfAbsent(waiting.body().hash(), hash -> new ArrayList<>()).add(waiting);
		}
		try {
			transaction.executeWithoutResult(status -> deliveries.storeAll(
					distinct.values().stream().map(same -> same.get(0).body()).toList()));
			batch.forEach(waiting -> waiting.stored().complete(null));
			pressure.arrived(batch.size());
		}
		catch (DataIntegrityViolationException e) {
			log.warn("A batch of {} Meta webhook deliveries could not be stored together; storing each alone: {}",
					batch.size(), e.getClass().getName());
			distinct.values().forEach(this::writeAlone);
		}
		catch (RuntimeException e) {
			log.warn("A batch of {} Meta webhook deliveries could not be stored: {}", batch.size(),
					e.getClass().getName());
			batch.forEach(waiting -> waiting.stored().completeExceptionally(new NotStored("Not stored", e)));
		}
		poller.wake();
	}

	private void writeAlone(List<Waiting> same) {
		try {
			transaction.executeWithoutResult(status -> deliveries.storeAll(List.of(same.get(0).body())));
			same.forEach(waiting -> waiting.stored().complete(null));
		}
		catch (RuntimeException e) {
			log.warn("A Meta webhook delivery could not be stored: {}", e.getClass().getName());
			same.forEach(waiting -> waiting.stored().completeExceptionally(new NotStored("Not stored", e)));
		}
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

}
