package no.samtale.forum.internal;

import java.util.Set;

/**
 * What one person may do in one topic or group. Topics are for every employee once open; open groups for every
 * employee to read and their members to write; closed groups only for their members. Staff (moderators and
 * experts) always get in. Administrators may see and moderate, but only the topic's own moderator verifies.
 */
record Access(ForumSpace space, Set<SpaceRole> roles, boolean admin) {

	boolean moderator() {
		return roles.contains(SpaceRole.MODERATOR);
	}

	boolean staff() {
		return moderator() || roles.contains(SpaceRole.EXPERT);
	}

	boolean member() {
		return roles.contains(SpaceRole.MEMBER);
	}

	/** Whether the space shows in the list at all. */
	boolean canSee() {
		return space.isTopic() ? space.open() || staff() || admin : true;
	}

	boolean canRead() {
		if (space.isTopic()) {
			return space.open() || staff() || admin;
		}
		return space.membership() == Membership.OPEN || member() || staff() || admin;
	}

	boolean canPost() {
		return space.isTopic() ? space.open() || staff() : member() || staff();
	}

	boolean canModerate() {
		return moderator() || admin;
	}

	boolean canVerify() {
		return moderator();
	}

	boolean canSeeBackOffice() {
		return staff();
	}

	boolean canEscalate() {
		return moderator();
	}

	/** An open group lets anyone join; a closed one only through its moderator. */
	boolean canJoin() {
		return !space.isTopic() && space.membership() == Membership.OPEN && !member();
	}

	SpaceRole highestRole() {
		return moderator() ? SpaceRole.MODERATOR
				: roles.contains(SpaceRole.EXPERT) ? SpaceRole.EXPERT : member() ? SpaceRole.MEMBER : null;
	}

}
