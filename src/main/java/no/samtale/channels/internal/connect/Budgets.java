package no.samtale.channels.internal.connect;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.TokenHealth;

/**
 * Budgets of platform calls, counted in the database so every node spends from the same one (table
 * {@code channels_budget}). A call is paid for before it is made ({@link #spend}); when the platform says the quota
 * is spent anyway (YouTube's {@code quotaExceeded}, X's 429) {@link #exhausted} opens the breaker: no call goes out
 * until the reset, the accounts show QUOTA_EXHAUSTED, and the outbox retries after the reset.
 */
@Service
public class Budgets {

	private final JdbcClient jdbc;

	private final List<BudgetPolicy> policies;

	private final Connections connections;

	Budgets(JdbcClient jdbc, List<BudgetPolicy> policies, Connections connections) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.connections = connections;
	}

	/** A budget as it stands: {@code remaining} of {@code limit} units until {@code resetsAt}. */
	public record Budget(String key, int limit, int remaining, Instant resetsAt, Instant breakerUntil) {

		public boolean breakerOpen(Instant now) {
			return breakerUntil != null && now.isBefore(breakerUntil);
		}

	}

	public Optional<BudgetPolicy> policy(ConnectorKind kind) {
		return policies.stream().filter(policy -> policy.kind() == kind).findFirst();
	}

	/** The account's budget as of {@code now} (full if its period has ended), or empty without a policy. */
	public Optional<Budget> of(long accountId, ConnectorKind kind, Instant now) {
		return policy(kind).map(policy -> current(policy, policy.key(accountId), now));
	}

	/**
	 * Pays {@code units} for a call about to be made, or fails (transient, retried after the reset) when the breaker
	 * is open or too little is left.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void spend(long accountId, ConnectorKind kind, int units) throws DeliveryFailure {
		Optional<BudgetPolicy> policy = policy(kind);
		if (policy.isEmpty()) {
			return;
		}
		Instant now = Instant.now();
		Budget budget = current(policy.get(), policy.get().key(accountId), now);
		if (budget.breakerOpen(now)) {
			throw new DeliveryFailure("The platform's quota is spent until " + budget.breakerUntil(), false,
					Duration.between(now, budget.breakerUntil()), null, false);
		}
		int paid = jdbc.sql("update channels_budget set remaining = remaining - :units "
				+ "where budget_key = :key and remaining >= :units")
			.param("units", units).param("key", budget.key()).update();
		if (paid == 0) {
			throw new DeliveryFailure("The budget of " + budget.key() + " is spent until " + budget.resetsAt(), false,
					Duration.between(now, budget.resetsAt()), null, false);
		}
	}

	/** The platform refused a call for quota: no call until {@code until} (its reset, if it did not say). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void exhausted(long accountId, ConnectorKind kind, Instant until) {
		policy(kind).ifPresent(policy -> {
			Instant now = Instant.now();
			Budget budget = current(policy, policy.key(accountId), now);
			Instant end = until != null ? until : budget.resetsAt();
			jdbc.sql("update channels_budget set remaining = 0, breaker_until = :until where budget_key = :key")
				.param("until", Timestamp.from(end)).param("key", budget.key()).update();
			for (Connection connection : connections.all(kind)) {
				if (policy.key(connection.accountId()).equals(budget.key())) {
					connections.health(connection.accountId(), TokenHealth.QUOTA_EXHAUSTED, "Quota spent", end);
				}
			}
		});
	}

	/**
	 * Takes in what one answer says of the budget: what is left and when it resets, where the platform says (X's
	 * {@code x-rate-limit-*} headers), and a quota refusal ({@link BudgetPolicy#refusedUntil}), which opens the
	 * breaker. Answers until when calls wait, or null when the answer was no refusal.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Instant heed(long accountId, ConnectorKind kind, int status, Long remaining, Instant resetsAt) {
		Optional<BudgetPolicy> policy = policy(kind);
		if (policy.isEmpty()) {
			return null;
		}
		if (remaining != null && resetsAt != null) {
			observe(accountId, kind, (int) Math.min(remaining, Integer.MAX_VALUE), resetsAt);
		}
		Instant until = policy.get().refusedUntil(status, resetsAt, Instant.now());
		if (until != null) {
			exhausted(accountId, kind, until);
		}
		return until;
	}

	/** What the platform reports is left (X's {@code x-rate-limit-remaining} and {@code -reset} headers). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void observe(long accountId, ConnectorKind kind, int remaining, Instant resetsAt) {
		policy(kind).ifPresent(policy -> {
			Budget budget = current(policy, policy.key(accountId), Instant.now());
			jdbc.sql("update channels_budget set remaining = :remaining, resets_at = :resets where budget_key = :key")
				.param("remaining", Math.max(0, remaining)).param("resets", Timestamp.from(resetsAt))
				.param("key", budget.key()).update();
		});
	}

	/**
	 * The stored budget, made (full) on first use and filled again once its period has ended; accounts that showed
	 * QUOTA_EXHAUSTED are VALID again then.
	 */
	private Budget current(BudgetPolicy policy, String key, Instant now) {
		Optional<Budget> stored = read(key);
		if (stored.isEmpty()) {
			jdbc.sql("insert into channels_budget (budget_key, limit_units, remaining, resets_at) "
					+ "select :key, :limit, :limit, :resets where not exists "
					+ "(select 1 from channels_budget where budget_key = :key)")
				.param("key", key).param("limit", policy.limit())
				.param("resets", Timestamp.from(policy.nextReset(now))).update();
			return read(key).orElseThrow();
		}
		Budget budget = stored.get();
		if (!now.isBefore(budget.resetsAt()) && !budget.breakerOpen(now)) {
			int refilled = jdbc.sql("update channels_budget set remaining = :limit, limit_units = :limit, "
					+ "resets_at = :next, breaker_until = null where budget_key = :key and resets_at = :old")
				.param("limit", policy.limit()).param("next", Timestamp.from(policy.nextReset(now)))
				.param("key", key).param("old", Timestamp.from(budget.resetsAt())).update();
			if (refilled > 0) {
				recovered(policy, key);
			}
			return read(key).orElseThrow();
		}
		return budget;
	}

	private void recovered(BudgetPolicy policy, String key) {
		for (Connection connection : connections.all(policy.kind())) {
			if (policy.key(connection.accountId()).equals(key) && connection.health() == TokenHealth.QUOTA_EXHAUSTED) {
				connections.health(connection.accountId(), TokenHealth.VALID, null, null);
			}
		}
	}

	private Optional<Budget> read(String key) {
		return jdbc.sql("select * from channels_budget where budget_key = :key")
			.param("key", key)
			.query((rs, n) -> new Budget(key, rs.getInt("limit_units"), rs.getInt("remaining"),
					rs.getTimestamp("resets_at").toInstant(), Connections.instant(rs, "breaker_until")))
			.optional();
	}

}
