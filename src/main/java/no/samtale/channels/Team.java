package no.samtale.channels;

import java.util.List;

/** Advisors who answer a set of accounts together and check each other's replies. */
public record Team(long id, String name, Long unitId, List<Long> memberIds) {

	public boolean hasMember(long userId) {
		return memberIds.contains(userId);
	}

}
