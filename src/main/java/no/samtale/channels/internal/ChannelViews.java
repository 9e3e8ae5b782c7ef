package no.samtale.channels.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.AccountState;
import no.samtale.channels.Accounts;
import no.samtale.channels.Capability;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.OpeningHours;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.connect.ConnectionViews;
import no.samtale.channels.internal.connect.ConnectionViews.BudgetView;
import no.samtale.channels.internal.connect.ConnectionViews.HealthView;
import no.samtale.channels.internal.connect.ConnectionViews.Unavailable;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * The JSON shape of accounts: with what the account cannot do and why ({@code unavailable}), the health of its
 * connection ({@code tokenHealth}, null for accounts without tokens) and its budget of platform calls.
 */
@Component
class ChannelViews {

	private final Teams teams;

	private final Accounts accounts;

	private final ConnectionViews connections;

	ChannelViews(Teams teams, Accounts accounts, ConnectionViews connections) {
		this.teams = teams;
		this.accounts = accounts;
		this.connections = connections;
	}

	record Ref(long id, String name) {
	}

	record AccountView(long id, Platform platform, String name, String handle, Ref team, ConnectorKind connector,
			AccountState state, OpeningHours openingHours, int responseTargetMinutes, boolean privateRepliesNeedApproval,
			Set<Capability> capabilities, boolean openNow, List<Unavailable> unavailable,
			@Nullable HealthView tokenHealth, @Nullable BudgetView budget) {
	}

	AccountView account(Account account) {
		Team team = teams.get(account.teamId());
		OpeningHours hours = account.openingHours();
		return new AccountView(account.id(), account.platform(), account.name(), account.handle(),
				new Ref(team.id(), team.name()), account.connector(), account.state(),
				hours,
				account.responseTargetMinutes(), account.privateRepliesNeedApproval(), accounts.capabilities(account),
				hours.isOpen(Instant.now()), ConnectionViews.unavailable(accounts.unavailable(account)),
				connections.health(account), connections.budget(account));
	}

}
