package no.samtale.channels.internal.connect;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import no.samtale.channels.AccountState;
import no.samtale.channels.Accounts;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.TokenHealth;
import no.samtale.platform.ThisNode;

/**
 * Runs the {@link PollingConnector}s: picks the connections whose next poll is due, leases each (so one node polls
 * an account at a time; a node that dies mid-poll leaves a lease that ends), polls, stores the new cursor and when
 * to poll next. The next time follows the budget ({@link #interval}): polls are spread over what is left until the
 * reset, leaving the write reserve for replies, and wait for the reset when only the reserve is left. A successful
 * poll also reads the account's figures once a day ({@link DailyFigures}).
 */
@Service
public class Polling {

	private static final Logger log = LoggerFactory.getLogger(Polling.class);

	/** A poll longer than this is presumed dead; its account can be polled by another node. */
	static final Duration LEASE = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final List<PollingConnector> connectors;

	private final Connections connections;

	private final Budgets budgets;

	private final Accounts accounts;

	private final String node;

	private final DailyFigures figures;

	Polling(JdbcClient jdbc, List<PollingConnector> connectors, Connections connections, Budgets budgets,
			Accounts accounts, ThisNode node, DailyFigures figures) {
		this.figures = figures;
		this.jdbc = jdbc;
		this.connectors = connectors;
		this.connections = connections;
		this.budgets = budgets;
		this.accounts = accounts;
		this.node = node.name();
	}

	/** Polls every account that is due; answers how many were polled. The recurring task calls this. */
	public int pollDue() {
		Instant now = Instant.now();
		List<Long> due = jdbc.sql("""
				select account_id from channels_connection where next_poll_at <= :now
				    and (poll_lease_until is null or poll_lease_until < :now)
				    and health in ('VALID', 'EXPIRING', 'REFRESH_FAILING', 'QUOTA_EXHAUSTED')
				order by next_poll_at limit 50
				""").param("now", Timestamp.from(now)).query(Long.class).list();
		int polled = 0;
		for (long accountId : due) {
			if (pollIfDue(accountId)) {
				polled++;
			}
		}
		return polled;
	}

	/** Polls one account now if no other node holds it, whether due or not (tests, "poll now"). */
	public boolean pollNow(long accountId) {
		return lease(accountId, false) && poll(accountId);
	}

	private boolean pollIfDue(long accountId) {
		return lease(accountId, true) && poll(accountId);
	}

	private boolean lease(long accountId, boolean onlyIfDue) {
		Instant now = Instant.now();
		return jdbc.sql("update channels_connection set poll_lease_until = :until, poll_lease_owner = :node "
				+ "where account_id = :id and (poll_lease_until is null or poll_lease_until < :now)"
				+ (onlyIfDue ? " and next_poll_at <= :now" : ""))
			.param("until", Timestamp.from(now.plus(LEASE))).param("node", node).param("id", accountId)
			.param("now", Timestamp.from(now)).update() == 1;
	}

	private boolean poll(long accountId) {
		Connection connection = connections.of(accountId).orElseThrow();
		Optional<PollingConnector> connector = connectors.stream()
			.filter(c -> c.kind() == connection.connector()).findFirst();
		if (connector.isEmpty() || accounts.get(accountId).state() != AccountState.ACTIVE) {
			release(accountId, null, Duration.ofMinutes(10), null);
			return false;
		}
		String cursor = jdbc.sql("select poll_cursor from channels_connection where account_id = :id")
			.param("id", accountId).query(String.class).optional().orElse(null);
		try {
			String next = connector.get().poll(connection, cursor);
			figures.pullIfDue(connection);
			release(accountId, next == null ? cursor : next, interval(connector.get(), connection), null);
			return true;
		}
		catch (DeliveryFailure failure) {
			if (failure.credentialsRejected() && connections.of(accountId).orElseThrow().health().callable()) {
				connections.health(accountId, TokenHealth.REVOKED, failure.getMessage(), null);
			}
			Duration wait = connector.get().backoff();
			if (failure.retryAfter() != null && failure.retryAfter().compareTo(wait) > 0) {
				wait = failure.retryAfter();
			}
			release(accountId, cursor, wait, failure.getMessage());
			return false;
		}
		catch (RuntimeException e) {
			log.warn("Polling account {} failed: {}", accountId, e.getClass().getSimpleName());
			release(accountId, cursor, connector.get().backoff(), "Internal error: " + e.getClass().getSimpleName());
			return false;
		}
	}

	private Duration interval(PollingConnector connector, Connection connection) {
		Instant now = Instant.now();
		return budgets.of(connection.accountId(), connection.connector(), now)
			.map(budget -> interval(connector.shortestInterval(), connector.unitsPerPoll(), budget,
					budgets.policy(connection.connector()).orElseThrow().writeReserve(),
					sharing(connection), now))
			.orElse(connector.shortestInterval());
	}

	/** How many connections draw on the same budget (YouTube's channels share the project's quota). */
	private int sharing(Connection connection) {
		BudgetPolicy policy = budgets.policy(connection.connector()).orElseThrow();
		String key = policy.key(connection.accountId());
		return (int) Math.max(1, connections.all(connection.connector()).stream()
			.filter(c -> c.health().callable() && policy.key(c.accountId()).equals(key))
			.count());
	}

	/**
	 * The time to the next poll: the budget left above the write reserve, split evenly over the time to the reset
	 * among the accounts sharing it, and never less than {@code shortest}; the reset itself once only the reserve is
	 * left, the breaker's end while it is open.
	 */
	public static Duration interval(Duration shortest, int unitsPerPoll, Budgets.Budget budget, double reserve,
			int accounts, Instant now) {
		if (budget.breakerOpen(now)) {
			return Duration.between(now, budget.breakerUntil());
		}
		Duration left = Duration.between(now, budget.resetsAt());
		if (left.isNegative() || left.isZero()) {
			return shortest;
		}
		long spendable = budget.remaining() - (long) Math.ceil(budget.limit() * reserve);
		long polls = spendable / ((long) unitsPerPoll * Math.max(1, accounts));
		if (polls < 1) {
			return left;
		}
		Duration even = left.dividedBy(polls);
		return even.compareTo(shortest) > 0 ? even : shortest;
	}

	private void release(long accountId, String cursor, Duration wait, String error) {
		Instant now = Instant.now();
		jdbc.sql("""
				update channels_connection set poll_cursor = :cursor, next_poll_at = :next, poll_lease_until = null,
				    poll_lease_owner = null, last_polled_at = :now, last_poll_error = :error
				where account_id = :id
				""").param("cursor", cursor).param("next", Timestamp.from(now.plus(wait)))
			.param("now", Timestamp.from(now))
			.param("error", error == null ? null : error.substring(0, Math.min(500, error.length())))
			.param("id", accountId).update();
	}

}
