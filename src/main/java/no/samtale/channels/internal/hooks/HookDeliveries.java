package no.samtale.channels.internal.hooks;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.Platform;
import no.samtale.channels.internal.meta.WebhookText;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.RandomTokens;

/**
 * Webhook deliveries of X and LinkedIn as they were signed, stored (and committed, a burst's together in one
 * transaction) before the platform is answered 200, then processed by {@link HookPoller}. The same body twice (a
 * platform's retry) is stored once. A claim is a lease: a node that dies while processing leaves the delivery to be
 * claimed again when the lease ends.
 */
@Component
public class HookDeliveries {

	public static final int MAX_PAYLOAD = 1_000_000;

	static final Duration LEASE = Duration.ofSeconds(60);

	/** How long a request waits for its commit: a store slower than this answers 503, not silence. */
	static final Duration STORE_WAIT = Duration.ofSeconds(5);

	/** Where a delivery stands; SKIPPED is an event type Samtale does not handle, kept and left alone. */
	public enum State {
		RECEIVED, PROCESSED, SKIPPED, UNROUTABLE, FAILED
	}

	record Claimed(long id, Platform platform, String payload, int attempts) {
	}

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final TransactionTemplate transaction;

	private final HookWriter writer;

	HookDeliveries(JdbcClient jdbc, DuplicateSafeInsert inserts, PlatformTransactionManager transactions,
			HookPoller poller, HookWriter writer) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.transaction = new TransactionTemplate(transactions);
		this.writer = writer;
		poller.deliveries(this);
	}

	/**
	 * Stores a signed body and answers once it is committed, in one transaction with the others arriving meanwhile
	 * ({@link HookWriter}); the same body stored before is left as it is. A failure to store throws: the caller
	 * answers 5xx and the platform sends it again. Hashing and cleaning happen here, on the request's thread.
	 */
	public void store(Platform platform, byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		try {
			writer.enqueue(platform, RandomTokens.sha256(text), WebhookText.storable(text))
				.get(STORE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the delivery was stored", e);
		}
		catch (ExecutionException | TimeoutException e) {
			throw new IllegalStateException("The delivery was not stored", e);
		}
	}

	/** Claims up to {@code max} waiting deliveries, oldest first, for a {@link #LEASE}. */
	List<Claimed> claim(int max) {
		return transaction.execute(status -> {
			Instant now = Instant.now();
			List<Long> ids = jdbc.sql("""
					select id from channels_hook_delivery
					where state = 'RECEIVED' and (claimed_until is null or claimed_until <= :now)
					order by id limit :max %s
					""".formatted(inserts.postgresql() ? "for update skip locked" : ""))
				.param("now", Timestamp.from(now))
				.param("max", max)
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return List.of();
			}
			jdbc.sql("""
					update channels_hook_delivery set claimed_until = :until, attempts = attempts + 1
					where id in (:ids)
					""")
				.param("until", Timestamp.from(now.plus(LEASE)))
				.param("ids", ids)
				.update();
			return jdbc.sql("select id, platform, payload, attempts from channels_hook_delivery where id in (:ids) order by id")
				.param("ids", ids)
				.query((rs, n) -> new Claimed(rs.getLong("id"), Platform.valueOf(rs.getString("platform")),
						rs.getString("payload"), rs.getInt("attempts")))
				.list();
		});
	}

	/** Records how a delivery's processing ended, with its event type when it had one. */
	void finished(long id, State state, String eventType, String error) {
		jdbc.sql("""
				update channels_hook_delivery set state = :state, event_type = :type, error = :error,
				    processed_at = :now, claimed_until = null
				where id = :id and state = 'RECEIVED'
				""")
			.param("state", state.name())
			.param("type", shortened(eventType, 100))
			.param("error", shortened(error, 1000))
			.param("now", Timestamp.from(Instant.now()))
			.param("id", id)
			.update();
	}

	/** Leaves the delivery waiting with this attempt's error until {@code after} has passed. */
	void retryLater(long id, String error, Duration after) {
		jdbc.sql("update channels_hook_delivery set error = :error, claimed_until = :until where id = :id")
			.param("error", shortened(error, 1000))
			.param("until", Timestamp.from(Instant.now().plus(after)))
			.param("id", id)
			.update();
	}

	private static String shortened(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
