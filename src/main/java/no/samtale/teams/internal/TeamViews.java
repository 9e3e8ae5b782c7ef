package no.samtale.teams.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.springframework.stereotype.Component;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.teams.Team;
import no.samtale.teams.TeamRole;

/** The JSON shape of a team. */
@Component
class TeamViews {

	private final Users users;

	TeamViews(Users users) {
		this.users = users;
	}

	record Ref(long id, String name) {
	}

	/** A member as a {@link Person} with their role in the team. */
	record MemberView(@JsonUnwrapped Person person, TeamRole role) {
	}

	record TeamView(long id, String name, @Nullable Ref unit, List<MemberView> members) {
	}

	TeamView team(Team team) {
		Map<Long, Person> people = users.people(team.memberIds());
		Ref unit = team.unitId() == null ? null
				: users.unit(team.unitId()).map(found -> new Ref(found.id(), found.name())).orElse(null);
		return new TeamView(team.id(), team.name(), unit, team.members()
			.stream()
			.filter(member -> people.containsKey(member.userId()))
			.map(member -> new MemberView(people.get(member.userId()), member.role()))
			.filter(Objects::nonNull)
			.toList());
	}

}
