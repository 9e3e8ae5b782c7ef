package no.samtale.forum.internal;

import java.time.Instant;
import java.util.Set;

import no.samtale.dialogue.SpaceKind;
import no.samtale.dialogue.SpaceRecord;

/** A topic or group with the people who run it. */
record ForumSpace(SpaceRecord space, Membership membership, Instant openedAt, Set<Long> moderators, Set<Long> experts) {

	long id() {
		return space.id();
	}

	boolean isTopic() {
		return space.kind() == SpaceKind.TOPIC;
	}

	/** A group is open from the start; a topic once it has been opened. */
	boolean open() {
		return !isTopic() || openedAt != null;
	}

}
