package no.samtale.approval;

import java.util.Collection;
import java.util.Set;

/**
 * The person who looks at a request, with the teams whose texts they may check. The caller says which teams those
 * are (the inbox its advisors' teams, channels an account's team), so approval needs to know nothing of teams.
 */
public record Reviewer(long id, Set<Long> teamIds) {

	public Reviewer(long id, Collection<Long> teamIds) {
		this(id, Set.copyOf(teamIds));
	}

	public boolean checksFor(long teamId) {
		return teamIds.contains(teamId);
	}

}
