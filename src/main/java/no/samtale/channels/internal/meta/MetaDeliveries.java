package no.samtale.channels.internal.meta;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.ProbedKeys;
import no.samtale.platform.ThisNode;

/**
 * The webhook deliveries as Meta sent them, and the queue of their processing: a stored delivery is RECEIVED
 * until a poller claims it for a lease and records how it ended. The same body twice (Meta retries when its
 * request timed out) is stored once. A node that restarts takes its own unfinished claims back at once: they were
 * made by its earlier life, which is dead, so no lease needs to run out.
 */
@Component
class MetaDeliveries {

	static final int MAX_PAYLOAD = 1_000_000;

	/** How long a claimed delivery is left to its node before another may take it (the node may have died). */
	static final Duration LEASE = Duration.ofSeconds(60);

	/**
	 * Free to claim: never claimed, its lease (or its wait before another attempt) is over, or claimed by this node
	 * before it last started. A claim's lease begins when it is made, so one that ends before this node's start plus a
	 * lease was made before the start.
	 */
	private static final String CLAIMABLE = """
			(claimed_until is null or claimed_until <= :now
			 or (claim_token is not null and claimed_by = :node and claimed_until <= :startedLease))""";

	/**
	 * Still waiting, written so that no index can serve it: the updates of a batch by id must find their rows
	 * through the primary key. Given {@code state = 'RECEIVED'}, PostgreSQL may scan the index on the state instead
	 * whenever its statistics put the waiting deliveries at one (they come and go between two analyses), and test
	 * every waiting delivery against the batch's ids: see {@link #processedAll}.
	 */
	private static final String STILL_WAITING = "coalesce(state, '') = 'RECEIVED'";

	/** Takes the claimed deliveries for this node; the ids come as one array (see {@link #processedAll}). */
	static final String MARK_CLAIMED = """
			update channels_meta_delivery set claim_token = :token, claimed_until = :until, claimed_by = :node,
			    attempts = attempts + 1
			where id = any(:ids) and %s and %s
			""".formatted(STILL_WAITING, CLAIMABLE);

	/** Records that the deliveries were processed. */
	static final String MARK_PROCESSED = """
			update channels_meta_delivery set state = 'PROCESSED', error = null, processed_at = :now,
			    claimed_until = null, claim_token = null
			where id = any(:ids) and %s
			""".formatted(STILL_WAITING);

	/** Where a delivery stands: waiting (or claimed), or how its processing ended. */
	enum State {
		RECEIVED, PROCESSED, FAILED, UNROUTABLE
	}

	/** A signed body ready to store: its SHA-256 (hex) and its text. */
	record Signed(String hash, String payload) {
	}

	/** A delivery claimed for processing, how often it has been claimed (this time included), its last error. */
	record Claimed(long id, String payload, int attempts, String error) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final boolean postgresql;

	private final String insertSql;

	private final String claimSql;

	private final TransactionTemplate claimTransaction;

	private final ThisNode node;

	MetaDeliveries(JdbcClient jdbc, JdbcTemplate batch, DuplicateSafeInsert inserts,
			PlatformTransactionManager transactions, ThisNode node) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.node = node;
		// On PostgreSQL a plain values insert that the conflict clause guards, which the driver sends as multi-row
		// inserts (reWriteBatchedInserts does not rewrite an insert ... select: that form cost one statement per
		// delivery, 40,000 in a burst); on H2 a select that skips a body stored before, its hash given twice.
		this.postgresql = inserts.postgresql();
		this.insertSql = postgresql ? """
				insert into channels_meta_delivery (body_hash, payload, state, received_at)
				values (?, ?, 'RECEIVED', ?)
				on conflict (body_hash) do nothing
				""" : """
				insert into channels_meta_delivery (body_hash, payload, state, received_at)
				select ?, ?, 'RECEIVED', ?
				where not exists (select 1 from channels_meta_delivery where body_hash = ?)
				""";
		// Nodes polling at once skip each other's rows on PostgreSQL instead of queueing behind them. H2 is one
		// node with one poller; there the update's repeated conditions are guard enough.
		this.claimSql = """
				select id from channels_meta_delivery
				where state = 'RECEIVED' and %s
				order by id limit :max %s
				""".formatted(CLAIMABLE, inserts.postgresql() ? "for update skip locked" : "");
		this.claimTransaction = new TransactionTemplate(transactions);
	}

	/** Stores the bodies in the caller's transaction, in one batch; those stored before are left as they are. */
	void storeAll(List<Signed> bodies) {
		Timestamp now = Timestamp.from(Instant.now());
		batch.batchUpdate(insertSql, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement statement, int i) throws SQLException {
				Signed body = bodies.get(i);
				statement.setString(1, body.hash());
				statement.setString(2, body.payload());
				statement.setTimestamp(3, now);
				if (!postgresql) {
					statement.setString(4, body.hash());
				}
			}

			@Override
			public int getBatchSize() {
				return bodies.size();
			}

		});
	}

	/** Claims up to {@code max} waiting deliveries, oldest first, for {@link #LEASE}. */
	List<Claimed> claim(int max) {
		return claimTransaction.execute(status -> {
			String token = UUID.randomUUID().toString();
			Instant now = Instant.now();
			List<Long> ids = jdbc.sql(claimSql)
				.param("now", Timestamp.from(now))
				.param("node", node.name())
				.param("startedLease", Timestamp.from(node.started().plus(LEASE)))
				.param("max", max)
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return List.of();
			}
			jdbc.sql(MARK_CLAIMED)
				.param("token", token)
				.param("until", Timestamp.from(now.plus(LEASE)))
				.param("now", Timestamp.from(now))
				.param("node", node.name())
				.param("startedLease", Timestamp.from(node.started().plus(LEASE)))
				.param("ids", ProbedKeys.array(ids))
				.update();
			// By id (the primary key), then only those this claim got.
			return jdbc.sql("""
					select id, payload, attempts, error from channels_meta_delivery
					where id = any(:ids) and claim_token = :token order by id
					""")
				.param("ids", ProbedKeys.array(ids))
				.param("token", token)
				.query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("payload"), rs.getInt("attempts"),
						rs.getString("error")))
				.list();
		});
	}

	/** Records how a claimed delivery's processing ended. */
	void finished(long deliveryId, State state, String error) {
		jdbc.sql("""
				update channels_meta_delivery set state = :state, error = :error, processed_at = :now,
				    claimed_until = null, claim_token = null
				where id = :id and state = 'RECEIVED'
				""")
			.param("state", state.name())
			.param("error", shortened(error))
			.param("now", Timestamp.from(Instant.now()))
			.param("id", deliveryId)
			.update();
	}

	/**
	 * Records that these claimed deliveries were processed, with one statement. The ids come as one array (as in the
	 * claim), and the state is checked where no index serves it ({@link #STILL_WAITING}): as an in-list or a values
	 * list, or beside an indexed state, a plan made with statistics that put the waiting deliveries at one tested
	 * every waiting delivery against each of the 500 ids in turn, up to 0.7 s a batch during a burst, slower the
	 * longer the queue (see {@link ProbedKeys}).
	 */
	void processedAll(List<Long> deliveryIds) {
		if (deliveryIds.isEmpty()) {
			return;
		}
		jdbc.sql(MARK_PROCESSED)
			.param("now", Timestamp.from(Instant.now()))
			.param("ids", ProbedKeys.array(deliveryIds))
			.update();
	}

	/** Leaves the delivery waiting, with the error of this attempt, until {@code after} has passed. */
	void retryLater(long deliveryId, String error, Duration after) {
		jdbc.sql("""
				update channels_meta_delivery set error = :error, claimed_until = :until, claim_token = null
				where id = :id and state = 'RECEIVED'
				""")
			.param("error", shortened(error))
			.param("until", Timestamp.from(Instant.now().plus(after)))
			.param("id", deliveryId)
			.update();
	}

	private static String shortened(String error) {
		return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
	}

}
