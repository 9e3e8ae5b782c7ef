package no.samtale.channels.internal.connect;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.AccountState;
import no.samtale.channels.Capability;
import no.samtale.channels.CapabilityReason;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.TokenHealth;

/** The JSON shape of a connection's health, budget and missing capabilities, on the account list and page. */
@Component
public class ConnectionViews {

	private final Connections connections;

	private final Budgets budgets;

	ConnectionViews(Connections connections, Budgets budgets) {
		this.connections = connections;
		this.budgets = budgets;
	}

	/** {@code date}: when an EXPIRING grant ends, or when a QUOTA_EXHAUSTED budget resets. */
	public record HealthView(TokenHealth state, @Nullable Instant date, @Nullable String detail) {
	}

	public record BudgetView(int limit, int remaining, Instant resetsAt, @Nullable Instant breakerUntil) {
	}

	/** A thing the account cannot do, and why (a code the client words). */
	public record Unavailable(Capability capability, CapabilityReason reason) {
	}

	/**
	 * The health of an account's connection: from its stored connection, from the account's state for Meta (its
	 * page token is checked daily), NOT_CONNECTED for an OAuth connector not connected yet, and null for accounts
	 * without tokens (web chat, the blog, the simulator, a manual channel).
	 */
	public @Nullable HealthView health(Account account) {
		var connection = connections.of(account.id());
		if (connection.isPresent()) {
			Connection c = connection.get();
			return new HealthView(c.health(), c.healthDate(), c.healthDetail());
		}
		return switch (account.connector()) {
			case META -> new HealthView(account.state() == AccountState.RECONNECT_NEEDED ? TokenHealth.REVOKED
					: TokenHealth.VALID, null, null);
			case YOUTUBE, X, LINKEDIN -> new HealthView(TokenHealth.NOT_CONNECTED, null, null);
			default -> null;
		};
	}

	/** An account's connection on its admin page: who it is connected as, its tokens' state, budget and polling. */
	public record ConnectionView(ConnectorKind connector, boolean oauth, boolean connected, @Nullable String externalId,
			@Nullable String externalName, @Nullable HealthView tokenHealth, @Nullable BudgetView budget,
			@Nullable Instant connectedAt, @Nullable Instant accessExpiresAt, @Nullable Instant lastPolledAt,
			@Nullable Instant nextPollAt, @Nullable String lastPollError) {
	}

	ConnectionView connection(Account account, boolean oauth) {
		Connection c = connections.of(account.id()).orElse(null);
		return c == null
				? new ConnectionView(account.connector(), oauth, false, null, null, health(account), budget(account),
						null, null, null, null, null)
				: new ConnectionView(account.connector(), oauth, true, c.externalId(), c.externalName(),
						health(account), budget(account), c.connectedAt(), c.accessExpiresAt(), c.lastPolledAt(),
						c.nextPollAt(), c.lastPollError());
	}

	public @Nullable BudgetView budget(Account account) {
		return budgets.of(account.id(), account.connector(), Instant.now())
			.map(b -> new BudgetView(b.limit(), b.remaining(), b.resetsAt(), b.breakerUntil()))
			.orElse(null);
	}

	public static List<Unavailable> unavailable(java.util.Map<Capability, CapabilityReason> reasons) {
		return reasons.entrySet().stream().map(e -> new Unavailable(e.getKey(), e.getValue())).toList();
	}

}
