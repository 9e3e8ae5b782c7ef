package no.samtale.teams;

import java.util.List;

/** People who answer a set of accounts together and check each other's texts. */
public record Team(long id, String name, Long unitId, List<TeamMember> members) {

	public List<Long> memberIds() {
		return members.stream().map(TeamMember::userId).toList();
	}

	public boolean hasMember(long userId) {
		return members.stream().anyMatch(member -> member.userId() == userId);
	}

}
