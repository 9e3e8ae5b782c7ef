package no.samtale.analytics.internal;

import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.NotFoundException;
import no.samtale.teams.Team;
import no.samtale.teams.TeamRole;
import no.samtale.teams.Teams;

/**
 * Who reads which figures: analysts and admins read every account and team; a team's lead and its editors read the
 * team's figures and its accounts'. Anyone else is told the account or team does not exist (404), so ids reveal
 * nothing.
 */
@Component
class AnalyticsAccess {

	private final Accounts accounts;

	private final Teams teams;

	AnalyticsAccess(Accounts accounts, Teams teams) {
		this.accounts = accounts;
		this.teams = teams;
	}

	Account account(long accountId, CurrentUser user) {
		Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
		if (!readsEverything(user) && !leadOrEditor(teams.find(account.teamId()).orElse(null), user)) {
			throw new NotFoundException("Account", accountId);
		}
		return account;
	}

	Team team(long teamId, CurrentUser user) {
		Team team = teams.find(teamId).orElseThrow(() -> new NotFoundException("Team", teamId));
		if (!readsEverything(user) && !leadOrEditor(team, user)) {
			throw new NotFoundException("Team", teamId);
		}
		return team;
	}

	boolean mayRead(Account account, CurrentUser user) {
		return readsEverything(user) || leadOrEditor(teams.find(account.teamId()).orElse(null), user);
	}

	static boolean readsEverything(CurrentUser user) {
		return user.hasRole(Role.ANALYST) || user.hasRole(Role.ADMIN);
	}

	private static boolean leadOrEditor(Team team, CurrentUser user) {
		return team != null && team.members()
			.stream()
			.anyMatch(member -> member.userId() == user.id()
					&& (member.role() == TeamRole.LEAD || member.role() == TeamRole.EDITOR));
	}

}
