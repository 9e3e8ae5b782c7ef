package no.samtale.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.channels.AccountHealthChanged;
import no.samtale.channels.Accounts;
import no.samtale.channels.TokenHealth;
import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.teams.Teams;

/**
 * Tells admins before a channel account stops, never a silent stop: its grant ends within a week
 * ({@code EXPIRING}, once per account and end date), refreshing its token fails, or the grant is gone. Only admins
 * can connect an account again, so they are told: those in the account's team, or every admin when the team has
 * none.
 */
@Component
class ChannelNotifier {

	private static final Map<TokenHealth, NotificationKind> KINDS = Map.of(TokenHealth.EXPIRING,
			NotificationKind.CONNECTION_EXPIRING, TokenHealth.REFRESH_FAILING,
			NotificationKind.CONNECTION_REFRESH_FAILING, TokenHealth.REVOKED, NotificationKind.CONNECTION_REVOKED);

	private final Accounts accounts;

	private final Teams teams;

	private final Users users;

	private final NotificationStore store;

	ChannelNotifier(Accounts accounts, Teams teams, Users users, NotificationStore store) {
		this.accounts = accounts;
		this.teams = teams;
		this.users = users;
		this.store = store;
	}

	@ApplicationModuleListener
	void on(AccountHealthChanged changed) {
		NotificationKind kind = KINDS.get(changed.health());
		if (kind == null) {
			return;
		}
		List<Long> teamMembers = teams.find(accounts.get(changed.accountId()).teamId())
			.map(team -> team.memberIds())
			.orElse(List.of());
		List<Long> recipients = Recipients.whoHearsOfAConnection(teamMembers, users.idsWithRole(Role.ADMIN));
		Instant at = changed.at() != null ? changed.at() : Instant.now();
		store.deliver(recipients, NewNotification.aboutAccount(kind, key(changed), changed.accountName(),
				changed.accountId(), at));
	}

	/**
	 * An expiry warns once per account and end date, however often the health flips; the other states once per
	 * change. The same event delivered twice has the same key.
	 */
	static String key(AccountHealthChanged changed) {
		Instant when = changed.health() == TokenHealth.EXPIRING && changed.date() != null ? changed.date()
				: changed.at();
		return "AccountHealthChanged:" + changed.accountId() + ":" + changed.health() + ":"
				+ (when == null ? 0 : when.toEpochMilli());
	}

}
