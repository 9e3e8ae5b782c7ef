package no.samtale.channels.internal.connect;

import java.time.Instant;

import no.samtale.channels.ConnectorKind;

/**
 * A budget each connected account has for itself (X's limits are per user, LinkedIn's per member and app), keyed
 * {@code <KIND>:<account>}; the platform's own period decides the reset.
 */
public abstract class AccountBudget implements BudgetPolicy {

	private final ConnectorKind kind;

	private final int limit;

	protected AccountBudget(ConnectorKind kind, int limit) {
		this.kind = kind;
		this.limit = limit;
	}

	@Override
	public ConnectorKind kind() {
		return kind;
	}

	@Override
	public String key(long accountId) {
		return kind.name() + ":" + accountId;
	}

	@Override
	public int limit() {
		return limit;
	}

	@Override
	public abstract Instant nextReset(Instant now);

}
