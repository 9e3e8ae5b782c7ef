package no.samtale.channels.internal.hooks;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.Platform;
import no.samtale.platform.BackgroundLoop;
import no.samtale.platform.DuplicateSafeInsert;

/**
 * Group commit of X and LinkedIn webhook deliveries, as the Meta intake does it: each request queues its signed body
 * and waits; this one writer stores all that gathered meanwhile in one transaction (one commit, the dear part, for
 * up to {@value #MAX_BATCH}) and then answers each request. A quiet moment's lone delivery is written at once. When
 * the database refuses a batch's data, each body is written alone so that only the bad one fails (its request
 * answers 503 and the platform sends it again); when the database itself fails, all of the batch do.
 */
@Component
class HookWriter extends BackgroundLoop {

	private static final Logger log = LoggerFactory.getLogger(HookWriter.class);

	static final int MAX_BATCH = 250;

	/** Beyond this many waiting bodies the database is not keeping up: a request is refused at once (503). */
	private static final int MAX_QUEUED = 10_000;

	/** A body on its way to the table, and the request waiting for its commit. */
	record Pending(Platform platform, String hash, String payload, CompletableFuture<Void> committed) {

		String key() {
			return platform.name() + ":" + hash;
		}

	}

	private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(MAX_QUEUED);

	private final JdbcTemplate batch;

	private final TransactionTemplate transaction;

	private final HookPoller poller;

	private final String insertSql;

	HookWriter(JdbcTemplate batch, DuplicateSafeInsert inserts, PlatformTransactionManager transactions,
			HookPoller poller) {
		super("hook-delivery-writer", Duration.ofMillis(200), Duration.ofSeconds(10),
				SmartLifecycle.DEFAULT_PHASE - 4096);
		this.batch = batch;
		this.transaction = new TransactionTemplate(transactions);
		this.poller = poller;
		// The guard skips a body stored before on H2; on PostgreSQL the conflict clause also covers a racing node.
		this.insertSql = inserts.forBatch("""
				insert into channels_hook_delivery (platform, body_hash, payload, state, received_at)
				select ?, ?, ?, 'RECEIVED', ?
				where not exists (select 1 from channels_hook_delivery where platform = ? and body_hash = ?)
				""", "platform, body_hash");
	}

	/** Queues a body; the answer completes once it is committed (or was stored before) and fails if it was not. */
	CompletableFuture<Void> enqueue(Platform platform, String hash, String payload) {
		Pending pending = new Pending(platform, hash, payload, new CompletableFuture<>());
		if (!isRunning()) {
			pending.committed().completeExceptionally(new IllegalStateException("The hook writer is not running"));
		}
		else if (!queue.offer(pending)) {
			pending.committed().completeExceptionally(new IllegalStateException("Too many deliveries waiting"));
		}
		return pending.committed();
	}

	@Override
	protected boolean runOnce() throws InterruptedException {
		Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
		if (first != null) {
			List<Pending> gathered = new ArrayList<>(MAX_BATCH);
			gathered.add(first);
			queue.drainTo(gathered, MAX_BATCH - 1);
			write(gathered);
		}
		return true;
	}

	/** Writes what still waits when the node stops; the web server has stopped taking requests by then. */
	@Override
	protected void afterLastRound() {
		List<Pending> left = new ArrayList<>();
		while (queue.drainTo(left, MAX_BATCH) > 0) {
			write(left);
			left = new ArrayList<>();
		}
	}

	void write(List<Pending> gathered) {
		// A platform may send the same body twice within one batch; the insert's guard does not see its own batch.
		Map<String, List<Pending>> byBody = new LinkedHashMap<>();
		gathered.forEach(pending -> byBody.computeIfAbsent(pending.key(), key -> new ArrayList<>()).add(pending));
		List<List<Pending>> bodies = List.copyOf(byBody.values());
		try {
			insert(bodies);
			gathered.forEach(pending -> pending.committed().complete(null));
		}
		catch (DataIntegrityViolationException refusedData) {
			log.warn("{} webhook deliveries could not be stored together; storing each alone", bodies.size());
			bodies.forEach(same -> {
				try {
					insert(List.of(same));
					same.forEach(pending -> pending.committed().complete(null));
				}
				catch (RuntimeException e) {
					fail(same, e);
				}
			});
		}
		catch (RuntimeException e) {
			fail(gathered, e);
		}
		poller.wake();
	}

	private void insert(List<List<Pending>> bodies) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = bodies.stream().map(same -> same.get(0)).map(p -> new Object[] { p.platform().name(),
				p.hash(), p.payload(), now, p.platform().name(), p.hash() }).toList();
		transaction.executeWithoutResult(status -> batch.batchUpdate(insertSql, rows));
	}

	private static void fail(List<Pending> pendings, RuntimeException cause) {
		log.warn("{} webhook deliveries could not be stored: {}", pendings.size(), cause.getClass().getName());
		pendings.forEach(pending -> pending.committed().completeExceptionally(cause));
	}

}
