package no.samtale.inbox.internal;

import java.time.Duration;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.platform.ClusterSignals;
import no.samtale.platform.ExpiringCache;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * The inbox's "spaces" in the one search are its teams, for conversations and canned answers alike: a person reads
 * the teams they advise in (admins all). Asked on every search (the ask form asks on each pause in typing), so
 * remembered for five seconds, as the forum's, and dropped on every node when membership or roles change.
 */
@Component
class SearchableTeams {

	private final InboxAccess access;

	private final Teams teams;

	private final ExpiringCache<Long, Set<Long>> readable = new ExpiringCache<>(Duration.ofSeconds(5), 50_000);

	SearchableTeams(InboxAccess access, Teams teams, ClusterSignals signals) {
		this.access = access;
		this.teams = teams;
		signals.on(Teams.MEMBERS_CHANGED, team -> readable.clear());
		signals.on(Users.CHANGED, user -> readable.evict(Long.valueOf(user)));
	}

	Set<Long> readableBy(CurrentUser user) {
		return readable.get(user.id(), id -> Set.copyOf(access.teamsOf(user)));
	}

	String name(long teamId) {
		return teams.find(teamId).map(Team::name).orElse(null);
	}

}
