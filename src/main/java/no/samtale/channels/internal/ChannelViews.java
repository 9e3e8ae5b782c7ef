package no.samtale.channels.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.AccountState;
import no.samtale.channels.Accounts;
import no.samtale.channels.Capability;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.OpeningHours;
import no.samtale.channels.Platform;
import no.samtale.channels.Team;
import no.samtale.channels.Teams;
import no.samtale.identity.Person;
import no.samtale.identity.Users;

/** The JSON shapes of teams and accounts. */
@Component
class ChannelViews {

	private final Teams teams;

	private final Accounts accounts;

	private final Users users;

	ChannelViews(Teams teams, Accounts accounts, Users users) {
		this.teams = teams;
		this.accounts = accounts;
		this.users = users;
	}

	record Ref(long id, String name) {
	}

	record TeamView(long id, String name, Ref unit, List<Person> members) {
	}

	record AccountView(long id, Platform platform, String name, String handle, Ref team, ConnectorKind connector,
			AccountState state, OpeningHours openingHours, int responseTargetMinutes, boolean privateRepliesNeedApproval,
			Set<Capability> capabilities, boolean openNow) {
	}

	TeamView team(Team team) {
		Map<Long, Person> people = users.people(team.memberIds());
		Ref unit = team.unitId() == null ? null
				: users.unit(team.unitId()).map(found -> new Ref(found.id(), found.name())).orElse(null);
		return new TeamView(team.id(), team.name(), unit,
				team.memberIds().stream().map(people::get).filter(java.util.Objects::nonNull).toList());
	}

	AccountView account(Account account) {
		Team team = teams.get(account.teamId());
		OpeningHours hours = account.openingHours();
		return new AccountView(account.id(), account.platform(), account.name(), account.handle(),
				new Ref(team.id(), team.name()), account.connector(), account.state(),
				hours,
				account.responseTargetMinutes(), account.privateRepliesNeedApproval(), accounts.capabilities(account),
				hours.isOpen(Instant.now()));
	}

}
